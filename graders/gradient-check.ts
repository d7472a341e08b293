import { compareValues, DEFAULT_TOLERANCE, type Tolerance } from '../src/lib/engine/compare';
import { type CallLog, type CheckDef, defineGrader, fn, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';
import { times } from '../src/lib/engine/kit';
import { num } from '../src/lib/engine/statistics';
import { mapText } from '../src/lib/engine/text';

// numericalGradient is graded on its values AND on where it evaluates f. The test functions
// below exist as source text so that the very same f runs on the host (a recorded function
// argument) and inside the sandbox (a driver). Inside the sandbox the driver can see what a
// recorded argument cannot: whether f received x itself, and whether x was changed while f
// ran. Mutating x and restoring it before returning leaves no trace after the call, so only
// this catches it.

/** Scalar test functions of a vector, by name; `p` holds their coefficients. */
const FUNCTIONS = `({
  quadratic: (p) => (x) => {
    let s = 0;
    for (let i = 0; i < x.length; i++) {
      s += p.b[i] * x[i];
      for (let j = 0; j < x.length; j++) s += 0.5 * x[i] * p.A[i][j] * x[j];
    }
    return s;
  },
  cubic: (p) => (x) => {
    let s = 0;
    for (let i = 0; i < x.length; i++) s += p.c[i] * x[i] * x[i] * x[i] + x[i] * x[(i + 1) % x.length];
    return s;
  },
  trig: (p) => (x) => {
    let s = 0, t = 0;
    for (let i = 0; i < x.length; i++) { s += Math.sin(p.a[i] * x[i]); t += x[i]; }
    return s + Math.cos(t);
  },
  logsumexp: () => (x) => {
    const m = Math.max(...x);
    let s = 0;
    for (const v of x) s += Math.exp(v - m);
    return m + Math.log(s);
  },
  rosenbrock: () => (x) => {
    let s = 0;
    for (let i = 0; i + 1 < x.length; i++) s += 100 * (x[i + 1] - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2;
    return s;
  },
  constant: (p) => () => p.c,
})`;

/**
 * Where one probe point p lies relative to the original x: x itself, x ± h·e_i, or elsewhere.
 * A coordinate counts as moved by ±h up to rounding of x_i ± h.
 */
const PROBE_KIND = `(p, x0, h) => {
  if (!Array.isArray(p) || p.length !== x0.length) return { kind: 'bad' };
  let changed = -1, count = 0;
  for (let k = 0; k < x0.length; k++) if (p[k] !== x0[k]) { count++; changed = k; }
  if (count === 0) return { kind: 'x' };
  if (count > 1) return { kind: 'off', coords: count, step: 0 };
  const d = p[changed] - x0[changed];
  const tol = 1e-6 * h + 4 * Number.EPSILON * Math.abs(x0[changed]);
  if (Math.abs(d - h) <= tol) return { kind: 'plus', i: changed };
  if (Math.abs(d + h) <= tol) return { kind: 'minus', i: changed };
  return { kind: 'off', coords: 1, step: d };
}`;

/** Counts of probes, order-independent (so a learner with a known mistake matches its variant). */
const NEW_SUMMARY = `(n) => ({ fCalls: 0, plus: new Array(n).fill(0), minus: new Array(n).fill(0), atX: 0, offAxis: 0, offAxisCoords: 0, offAxisStep: 0, badArgument: 0, xItself: 0, xChanged: 0, xNotRestored: 0 })`;
const RECORD = `(s, k) => {
  s.fCalls++;
  if (k.kind === 'plus') s.plus[k.i]++;
  else if (k.kind === 'minus') s.minus[k.i]++;
  else if (k.kind === 'x') s.atX++;
  else if (k.kind === 'bad') s.badArgument++;
  else {
    s.offAxis++;
    s.offAxisCoords = Math.max(s.offAxisCoords, k.coords);
    if (k.coords === 1 && Math.abs(k.step) > Math.abs(s.offAxisStep)) s.offAxisStep = k.step;
  }
}`;

/**
 * The sandbox side: f built from its name, every call classified, x watched. The learner gets
 * its own copy of x, so that a change to it is reported here, in words, rather than by the
 * engine's after-the-call mutation check on the driver's arguments.
 */
const DRIVER = `(m, name, params, xGiven, h) => {
  const f = (${FUNCTIONS})[name](params);
  const probeKind = ${PROBE_KIND};
  const x0 = xGiven.slice();
  const x = xGiven.slice();
  const step = h === undefined ? 1e-5 : h;
  const probes = (${NEW_SUMMARY})(x.length);
  const record = ${RECORD};
  const watched = (p) => {
    let changed = false;
    for (let k = 0; k < x0.length; k++) if (x[k] !== x0[k]) changed = true;
    if (changed) probes.xChanged++;
    if (changed && p === x) probes.xItself++;
    record(probes, probeKind(Array.isArray(p) ? p.slice() : p, x0, step));
    return f(p);
  };
  const gradient = h === undefined ? m.numericalGradient(watched, x) : m.numericalGradient(watched, x, h);
  for (let k = 0; k < x0.length; k++) if (x[k] !== x0[k]) { probes.xNotRestored = 1; break; }
  return { gradient, probes, h: step };
}`;

const hostEval = <T>(src: string): T => new Function(`return (${src});`)() as T;
type Summary = {
  fCalls: number;
  plus: number[];
  minus: number[];
  atX: number;
  offAxis: number;
  offAxisCoords: number;
  offAxisStep: number;
  badArgument: number;
  xItself: number;
  xChanged: number;
  xNotRestored: number;
};
const functions = hostEval<Record<string, (p: unknown) => (x: number[]) => number>>(FUNCTIONS);
const probeKind = hostEval<(p: unknown, x0: number[], h: number) => unknown>(PROBE_KIND);
const newSummary = hostEval<(n: number) => Summary>(NEW_SUMMARY);
const record = hostEval<(s: Summary, k: unknown) => void>(RECORD);

/** What is wrong with where f was evaluated, in words; null when it is exactly the 2n probes. */
function describeProbes(s: Summary, n: number, h: number): GraderText | null {
  if (s.xItself > 0) {
    return { en: `f was called ${times(s.xItself).en} with x itself (the very array you were given) after changing it in place: never mutate x, not even temporarily; probe a copy, e.g. const xp = x.slice(); xp[i] = x[i] + h`, zh: `f 在你原地修改 x 之后被以 x 本身（你收到的那个数组）调用了 ${times(s.xItself).zh}：决不要修改 x，暂时的也不行；请探测一个副本，例如 const xp = x.slice(); xp[i] = x[i] + h` };
  }
  if (s.xChanged > 0) {
    return { en: `x was changed in place while f was being evaluated (${times(s.xChanged).en}), even if you put it back afterwards: build each probe point as a new array and leave x alone`, zh: `在计算 f 的过程中 x 被原地修改了（${times(s.xChanged).zh}），即使之后又改回去也不行：每个探测点都要新建数组，不要动 x` };
  }
  if (s.xNotRestored > 0) return { en: 'x was changed: after numericalGradient returned, x did not hold its original values; never write into x, probe copies', zh: 'x 被改变了：numericalGradient 返回后，x 不再是原来的值；决不要写入 x，请探测副本' };
  if (s.badArgument > 0) return { en: `f was called ${times(s.badArgument).en} with something other than a vector of ${n} numbers`, zh: `f 被以不是 ${n} 个数的向量的参数调用了 ${times(s.badArgument).zh}` };
  const noMinus = s.minus.every((c) => c === 0);
  if (s.atX > 0 && noMinus) {
    return { en: `f was called at x itself and never at x − h·e_i: that is a forward difference (f(x + h·e_i) − f(x)) / h; use centered differences (f(x + h·e_i) − f(x − h·e_i)) / (2h)`, zh: 'f 在 x 本身处被调用，却从未在 x − h·e_i 处调用：这是前向差分 (f(x + h·e_i) − f(x)) / h；请用中心差分 (f(x + h·e_i) − f(x − h·e_i)) / (2h)' };
  }
  if (s.atX > 0) return { en: `f was called ${times(s.atX).en} at x itself: centered differences only need f(x + h·e_i) and f(x − h·e_i)`, zh: `f 在 x 本身处被调用了 ${times(s.atX).zh}：中心差分只需要 f(x + h·e_i) 和 f(x − h·e_i)` };
  if (s.offAxis > 0) {
    if (s.offAxisCoords > 1) {
      return { en: `f was called at a point that differs from x in ${s.offAxisCoords} coordinates: each probe moves exactly one coordinate (did a previous coordinate stay moved? reset it, or copy x for every probe)`, zh: `f 在与 x 有 ${s.offAxisCoords} 个坐标不同的点被调用：每次探测只移动一个坐标（上一个坐标是不是没有复原？请复原它，或者每次探测都复制 x）` };
    }
    return { en: `f was called at a point that moves a coordinate by ${num(s.offAxisStep)}; the step is h = ${num(h)}: probe x + h·e_i and x − h·e_i${h === 1e-5 ? ' (h defaults to 1e-5)' : ''}`, zh: `f 在把一个坐标移动了 ${num(s.offAxisStep)} 的点被调用；步长是 h = ${num(h)}：请探测 x + h·e_i 和 x − h·e_i${h === 1e-5 ? '（h 默认为 1e-5）' : ''}` };
  }
  for (let i = 0; i < n; i++) {
    if (s.plus[i] !== 1 || s.minus[i] !== 1) {
      return { en: `coordinate ${i} was probed ${times(s.plus[i]).en} at x + h·e_${i} and ${times(s.minus[i]).en} at x − h·e_${i}; each coordinate needs exactly one of each (f is called 2n = ${2 * n} times in all)`, zh: `坐标 ${i} 在 x + h·e_${i} 处被探测了 ${times(s.plus[i]).zh}，在 x − h·e_${i} 处被探测了 ${times(s.minus[i]).zh}；每个坐标两处各需恰好一次（f 总共调用 2n = ${2 * n} 次）` };
    }
  }
  return null;
}

/** The gradient's values, with the factor when the whole vector is off by one. */
function describeGradient(got: unknown, want: unknown, tol: Tolerance): GraderText | null {
  const cmp = compareValues(got, want, tol);
  if (cmp.ok) return null;
  if (Array.isArray(got) && Array.isArray(want) && got.length === want.length && got.every(Number.isFinite)) {
    const g = got as number[];
    const w = want as number[];
    const ww = w.reduce((s, v) => s + v * v, 0);
    if (ww > 0) {
      const c = g.reduce((s, v, i) => s + v * w[i], 0) / ww;
      const uniform = g.every((v, i) => Math.abs(v - c * w[i]) <= 1e-6 * Math.abs(c * w[i]) + 1e-9);
      const near = (k: number) => Math.abs(c - k) < 1e-4 * Math.abs(k);
      if (uniform && near(2)) return { en: `${cmp.message} — every entry is 2× the centered difference: the two points are 2h apart, divide by 2h`, zh: `${cmp.messageZh ?? cmp.message} —— 每个元素都是中心差分的 2 倍：两个点相距 2h，应除以 2h` };
      if (uniform && near(0.5)) return { en: `${cmp.message} — every entry is half the centered difference: divide by 2h, not 4h`, zh: `${cmp.messageZh ?? cmp.message} —— 每个元素都是中心差分的一半：应除以 2h，而不是 4h` };
      if (uniform && near(-1)) return { en: `${cmp.message} — every entry has the wrong sign: (f(x + h·e_i) − f(x − h·e_i)) / (2h)`, zh: `${cmp.messageZh ?? cmp.message} —— 每个元素的符号都反了：(f(x + h·e_i) − f(x − h·e_i)) / (2h)` };
    }
  }
  return cmp.text ?? { en: 'the gradient differs', zh: '梯度不同' };
}

const GRADIENT_TOL = { rtol: 1e-6, atol: 1e-8 };

/** A gradient check: the function (a key of FUNCTIONS) with its parameters, the point, and h (else the default). */
interface GradientCase {
  id: string;
  kind: CheckDef['kind'];
  name: GraderText;
  f: string;
  params: unknown;
  x: number[];
  h?: number;
}

const watchedBase = { run: DRIVER, tolerance: GRADIENT_TOL, compare: judgeWatched } satisfies Partial<CheckDef>;

/** A check through the driver (probes watched inside the sandbox). */
function watched({ f, params, x, h, ...check }: GradientCase): CheckDef {
  return { ...watchedBase, ...check, args: h === undefined ? [f, params, x] : [f, params, x, h] };
}

/** Probes first (where f was evaluated), then the gradient's values. */
function judgeWatched(got: unknown, expected: unknown, tol: Tolerance): GraderText | null {
  const g = got as { gradient?: unknown; probes?: Summary } | null;
  const want = expected as { gradient: number[]; h: number };
  if (!g || !g.probes) return { en: 'the grader’s driver returned no result', zh: '评分程序的驱动没有返回结果' };
  const values = describeGradient(g.gradient, want.gradient, tol);
  return describeProbes(g.probes, want.gradient.length, want.h) ?? (values ? mapText(values, (v) => `numericalGradient: ${v}`) : null);
}

/** A check with f as a recorded function argument: the learner sees an ordinary call. */
function direct({ f, params, x, h, ...check }: GradientCase): CheckDef {
  return {
    ...check,
    call: 'numericalGradient',
    args: h === undefined ? [fn('f', () => functions[f](params)), x] : [fn('f', () => functions[f](params)), x, h],
    tolerance: GRADIENT_TOL,
    // Where f was called says more than the values (a forward difference is off by only
    // h·f''/2), so the probes are judged first and the values after them, in the property.
    compare: () => null,
    property: ({ got, expected, calls }) =>
      describeProbes(summarize(calls, x, h ?? 1e-5), x.length, h ?? 1e-5) ?? describeGradient(got, expected, { ...DEFAULT_TOLERANCE, ...GRADIENT_TOL }),
  };
}

function summarize(calls: CallLog, x: number[], h: number): Summary {
  const s = newSummary(x.length);
  for (const args of calls.f ?? []) record(s, probeKind(args[0], x, h));
  return s;
}

/** Random coefficients and point for a named function. */
function randomFunction(rng: Rng, name: string, n: number): { params: unknown; x: number[] } {
  const x = rng.vector(n, -1.5, 1.5);
  switch (name) {
    case 'quadratic': {
      const B = rng.matrix(n, n, -1, 1);
      const A = B.map((row, i) => row.map((_, j) => B[i][j] + B[j][i]));
      return { params: { A, b: rng.vector(n, -2, 2) }, x };
    }
    case 'cubic':
      return { params: { c: rng.vector(n, -1, 1) }, x };
    case 'trig':
      return { params: { a: rng.vector(n, 0.5, 2) }, x };
    default:
      return { params: {}, x };
  }
}

const RANDOM_FUNCTIONS = ['quadratic', 'cubic', 'trig', 'logsumexp', 'rosenbrock'];

export default defineGrader({
  checks: [
    direct({ id: 'quadratic-by-hand', kind: 'example', name: { en: 'f(x) = x₀² + 3·x₀·x₁ at x = [1, 2], h = 1e-5 (the worked example)', zh: 'f(x) = x₀² + 3·x₀·x₁，x = [1, 2]，h = 1e-5（题中例子）' }, f: 'quadratic', params: { A: [[2, 3], [3, 0]], b: [0, 0] }, x: [1, 2], h: 1e-5 }),
    {
      id: 'relative-error-by-hand',
      kind: 'example',
      name: { en: 'relativeError([3, 4], [3, 4.5]) (the worked example)', zh: 'relativeError([3, 4], [3, 4.5])（题中例子）' },
      call: 'relativeError',
      args: [[3, 4], [3, 4.5]],
    },
    direct({ id: 'trig-three', kind: 'example', name: { en: 'f(x) = sin(x₀) + sin(2x₁) + sin(0.5x₂) + cos(x₀ + x₁ + x₂) at x = [0.3, −1.2, 2], h = 1e-4', zh: 'f(x) = sin(x₀) + sin(2x₁) + sin(0.5x₂) + cos(x₀ + x₁ + x₂)，x = [0.3, −1.2, 2]，h = 1e-4' }, f: 'trig', params: { a: [1, 2, 0.5] }, x: [0.3, -1.2, 2], h: 1e-4 }),
    watched({ id: 'watched-quadratic', kind: 'hidden', name: { en: 'a quadratic, with every call of f watched', zh: '二次函数，监视 f 的每一次调用' }, f: 'quadratic', params: { A: [[4, 1, 0], [1, 3, -1], [0, -1, 2]], b: [1, -2, 0.5] }, x: [0.5, -1, 2], h: 1e-5 }),
    watched({ id: 'watched-cubic', kind: 'hidden', name: { en: 'a cubic with strong curvature (forward differences are visibly off)', zh: '曲率很大的三次函数（前向差分明显偏离）' }, f: 'cubic', params: { c: [3, -2, 1, 4] }, x: [1.5, -2, 0.7, 1.1], h: 1e-4 }),
    watched({ id: 'watched-logsumexp', kind: 'hidden', name: { en: 'log-sum-exp of five logits', zh: '五个 logits 的 log-sum-exp' }, f: 'logsumexp', params: {}, x: [2, -1, 0.5, 3, 0], h: 1e-5 }),
    watched({ id: 'watched-rosenbrock', kind: 'hidden', name: { en: 'the Rosenbrock function', zh: 'Rosenbrock 函数' }, f: 'rosenbrock', params: {}, x: [-1.2, 1, 0.8], h: 1e-6 }),
    direct({ id: 'default-h', kind: 'edge', name: { en: 'h omitted: the default h = 1e-5 is used', zh: '省略 h：使用默认的 h = 1e-5' }, f: 'cubic', params: { c: [2, -1, 0.5] }, x: [1.2, -0.7, 2.5] }),
    watched({ id: 'watched-default-h', kind: 'edge', name: { en: 'h omitted, every call of f watched', zh: '省略 h，监视 f 的每一次调用' }, f: 'trig', params: { a: [1.5, 0.5] }, x: [0.4, -0.9] }),
    watched({ id: 'one-coordinate', kind: 'edge', name: { en: 'a vector of one coordinate', zh: '只有一个坐标的向量' }, f: 'cubic', params: { c: [1.5] }, x: [0.8], h: 1e-5 }),
    watched({ id: 'constant', kind: 'edge', name: { en: 'a constant f: the gradient is all zeros', zh: '常数 f：梯度全为 0' }, f: 'constant', params: { c: 4.2 }, x: [1, -2, 3], h: 1e-5 }),
    watched({ id: 'large-x', kind: 'edge', name: { en: 'coordinates of size 1000 (x_i ± h rounds)', zh: '大小为 1000 的坐标（x_i ± h 有舍入）' }, f: 'quadratic', params: { A: [[2e-3, 0], [0, -1e-3]], b: [0.5, 1] }, x: [1000, -2500], h: 1e-3 }),
    {
      id: 'random-watched',
      kind: 'random',
      ...watchedBase,
      name: { en: 'random smooth functions, every call of f watched', zh: '随机光滑函数，监视 f 的每一次调用' },
      count: 6,
      generate: (rng) => {
        const name = rng.pick(RANDOM_FUNCTIONS);
        const n = rng.int(2, 6);
        const { params, x } = randomFunction(rng, name, n);
        return [name, params, x, rng.pick([1e-4, 1e-5, 1e-6])];
      },
    },
    // relativeError
    { id: 'relative-error-equal', kind: 'hidden', name: { en: 'relativeError of two equal vectors is 0', zh: '两个相等向量的 relativeError 为 0' }, call: 'relativeError', args: [[1.5, -2, 0.25], [1.5, -2, 0.25]] },
    { id: 'relative-error-zeros', kind: 'edge', name: { en: 'two zero vectors: 0 / max(0, 1e-12) = 0, not NaN', zh: '两个零向量：0 / max(0, 1e-12) = 0，不是 NaN' }, call: 'relativeError', args: [[0, 0, 0], [0, 0, 0]], nonFiniteHint: { en: 'divide by max(‖a‖ + ‖b‖, 1e-12): the floor keeps 0/0 away', zh: '除以 max(‖a‖ + ‖b‖, 1e-12)：下限让 0/0 不会出现' } },
    { id: 'relative-error-one-zero', kind: 'edge', name: { en: 'one zero vector: the relative error is 1', zh: '一个零向量：相对误差为 1' }, call: 'relativeError', args: [[0, 0], [0.3, -0.4]] },
    { id: 'relative-error-tiny', kind: 'edge', name: { en: 'vectors of norm 1e-13: the floor 1e-12 is the denominator', zh: '范数为 1e-13 的向量：分母是下限 1e-12' }, call: 'relativeError', args: [[1e-13, 0], [0, 0]], nonFiniteHint: { en: 'divide by max(‖a‖ + ‖b‖, 1e-12)', zh: '除以 max(‖a‖ + ‖b‖, 1e-12)' } },
    { id: 'relative-error-opposite', kind: 'hidden', name: { en: 'opposite vectors: the relative error is 1', zh: '相反的向量：相对误差为 1' }, call: 'relativeError', args: [[1, -2, 2], [-1, 2, -2]] },
    {
      id: 'relative-error-random',
      kind: 'random',
      name: { en: 'relativeError of a gradient and a slightly perturbed copy', zh: '一个梯度与其轻微扰动的副本的 relativeError' },
      call: 'relativeError',
      count: 6,
      generate: (rng) => {
        const n = rng.int(1, 8);
        const a = rng.vector(n, -5, 5);
        const noise = 10 ** -rng.int(1, 8);
        return [a, a.map((v) => v + rng.uniform(-1, 1) * noise)];
      },
    },
    {
      id: 'relative-error-spread',
      kind: 'random',
      name: { en: 'relativeError of two unrelated vectors with entries of different sizes', zh: '两个无关向量（元素大小各不相同）的 relativeError' },
      call: 'relativeError',
      count: 4,
      generate: (rng) => {
        const n = rng.int(2, 7);
        return [rng.vector(n, -3, 3), rng.vector(n, -3, 3).map((v, i) => (i === 0 ? 10 * v : v))];
      },
    },
  ],
});

