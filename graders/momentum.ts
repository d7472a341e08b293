import { compareValues, DEFAULT_TOLERANCE, fmt, type Tolerance } from '../src/lib/engine/compare';
import { type CallLog, type CheckDef, defineGrader, fn, HostFn, type GraderText } from '../src/lib/engine/grader';
import { explainPath, inSetting, randomSpd, stepPathDriver, times } from '../src/lib/engine/kit';
import { num } from '../src/lib/engine/statistics';

// momentumStep is checked on single steps and on runs of several steps (a driver feeds θ and v
// back, with the gradient of a test function at each θ); nesterovStep gets gradFn as a recorded
// function argument, so that where it is evaluated (the look-ahead point θ − lr·v_old) is
// checked call by call. When values differ, the message names the first wrong step and the
// setting; the known mistake, if any, is recognised from reference/momentum/mistakes.ts.

type Vec = number[];
type Form = 'ema' | 'torch';

// ---------- test functions: gradients of f(θ), as recorded function arguments ----------

function checkedArg(theta: unknown, n: number): Vec {
  if (!Array.isArray(theta) || theta.length !== n || !theta.every((x) => typeof x === 'number')) {
    throw new Error(`gradFn expects a vector of ${n} numbers (the point where the gradient is taken)`);
  }
  return theta as Vec;
}

/** f(θ) = ½ θᵀAθ + bᵀθ (A symmetric): ∇f = Aθ + b. */
const quadraticGrad = (A: number[][], b: Vec) => () => (theta: unknown) => {
  const t = checkedArg(theta, b.length);
  return A.map((row, i) => row.reduce((s, a, j) => s + a * t[j], b[i]));
};

/** f(θ) = −Σ c_i cos θ_i: ∇f = c ⊙ sin θ (not a quadratic). */
const cosineGrad = (c: Vec) => () => (theta: unknown) => {
  const t = checkedArg(theta, c.length);
  return t.map((x, i) => c[i] * Math.sin(x));
};

const gradArg = (make: () => (theta: unknown) => Vec) => fn('gradFn', make);

// ---------- messages: where the values differ, in which setting ----------
// Which known mistake a learner made is mistake recognition's job (reference/momentum/mistakes.ts,
// bilingual hints); these messages only say where and with which hyperparameters.

const setting = (lr: number, beta: number, form?: Form) =>
  form === undefined
    ? { en: `lr = ${num(lr)}, β = ${num(beta)}`, zh: `lr = ${num(lr)}，β = ${num(beta)}` }
    : { en: `form '${form}', lr = ${num(lr)}, β = ${num(beta)}`, zh: `形式 '${form}'，lr = ${num(lr)}，β = ${num(beta)}` };

/** Single momentumStep call: args are (theta, grad, v, lr, beta, form). */
function explainMomentumStep(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const [, , , lr, beta, form] = args as [Vec, Vec, Vec, number, number, Form];
  return inSetting(compareValues(got, expected, tol), setting(lr, beta, form));
}

/** The momentum driver's path: args are (theta, gradFn, v, lr, beta, form, steps). */
function explainMomentumRun(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const [, , , lr, beta, form] = args as [Vec, HostFn, Vec, number, number, Form, number];
  return explainPath(got, expected, tol, setting(lr, beta, form));
}

/** One nesterovStep call: args are (theta, gradFn, v, lr, beta). */
function explainNesterovStep(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const [, , , lr, beta] = args as [Vec, HostFn, Vec, number, number];
  return inSetting(compareValues(got, expected, tol), setting(lr, beta));
}

/** The Nesterov driver's path: args are (theta, gradFn, v, lr, beta, steps). */
function explainNesterovRun(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const [, , , lr, beta] = args as [Vec, HostFn, Vec, number, number, number];
  return explainPath(got, expected, tol, setting(lr, beta));
}

const vec = (x: unknown) => (Array.isArray(x) ? `[${x.map((e) => (typeof e === 'number' ? fmt(e, 5) : String(e))).join(', ')}]` : String(x));

/** Where gradFn was called, against the look-ahead points of the reference. */
function lookAheadCalls(got: CallLog, want: CallLog): GraderText | null {
  const g = got.gradFn ?? [];
  const w = want.gradFn ?? [];
  if (g.length !== w.length) {
    return { en: `gradFn was called ${times(g.length).en}, expected ${times(w.length).en}: call it exactly once per step, at the look-ahead point θ − lr·v_old`, zh: `gradFn 被调用了 ${times(g.length).zh}，应为 ${times(w.length).zh}：每步恰好调用一次，在前瞻点 θ − lr·v_old 处` };
  }
  for (let i = 0; i < w.length; i++) {
    if (!compareValues(g[i][0], w[i][0], DEFAULT_TOLERANCE).ok) {
      const which = w.length === 1 ? { en: 'gradFn was called', zh: 'gradFn 被调用的位置是' } : { en: `in step ${i + 1} gradFn was called`, zh: `第 ${i + 1} 步中 gradFn 被调用的位置是` };
      return { en: `${which.en} at ${vec(g[i][0])}, expected the look-ahead point θ − lr·v_old = ${vec(w[i][0])}`, zh: `${which.zh} ${vec(g[i][0])}，应是前瞻点 θ − lr·v_old = ${vec(w[i][0])}` };
    }
  }
  return null;
}

// ---------- checks ----------

const momentum = { call: 'momentumStep', compare: explainMomentumStep } satisfies Partial<CheckDef>;
const momentumRun = {
  run: stepPathDriver({ params: 'theta, gradFn, v, lr, beta, form, steps', step: 'm.momentumStep(theta, gradFn(theta), v, lr, beta, form)', state: ['theta', 'v'] }),
  compare: explainMomentumRun,
} satisfies Partial<CheckDef>;
const nesterov = { call: 'nesterovStep', calls: lookAheadCalls, compare: explainNesterovStep } satisfies Partial<CheckDef>;
const nesterovRun = {
  run: stepPathDriver({ params: 'theta, gradFn, v, lr, beta, steps', step: 'm.nesterovStep(theta, gradFn, v, lr, beta)', state: ['theta', 'v'] }),
  calls: lookAheadCalls,
  compare: explainNesterovRun,
} satisfies Partial<CheckDef>;

// The worked example: f(θ) = ½(θ₀² + 4θ₁²), ∇f = [θ₀, 4θ₁].
const EXAMPLE_THETA = [1, -2];
const EXAMPLE_GRAD = [0.5, 1];
const EXAMPLE_V = [0.2, -0.4];
const ELLIPSE = quadraticGrad([[1, 0], [0, 4]], [0, 0]);
// A tilted bowl: f(θ) = ½θᵀAθ + bᵀθ with minimum at A⁻¹(−b).
const BOWL_A = [[2, 0.5], [0.5, 1]];
const BOWL_B = [-1, 0.5];
const BOWL = quadraticGrad(BOWL_A, BOWL_B);

export default defineGrader({
  checks: [
    { ...momentum, id: 'ema-step', kind: 'example', name: { en: "one 'ema' step with a nonzero velocity (the worked example)", zh: '一步 \'ema\'，速度不为零（题中例子）' }, args: [EXAMPLE_THETA, EXAMPLE_GRAD, EXAMPLE_V, 0.1, 0.9, 'ema'] },
    { ...momentum, id: 'torch-step', kind: 'example', name: { en: "the same step in the 'torch' form", zh: '同一步，用 \'torch\' 形式' }, args: [EXAMPLE_THETA, EXAMPLE_GRAD, EXAMPLE_V, 0.1, 0.9, 'torch'] },
    { ...nesterov, id: 'nesterov-step', kind: 'example', name: { en: 'one Nesterov step on f(θ) = ½(θ₀² + 4θ₁²), whose gradient is [θ₀, 4θ₁] (the worked example)', zh: '在 f(θ) = ½(θ₀² + 4θ₁²) 上走一步 Nesterov，其梯度为 [θ₀, 4θ₁]（题中例子）' }, args: [EXAMPLE_THETA, gradArg(ELLIPSE), EXAMPLE_V, 0.1, 0.9] },

    // momentumStep: edge cases of one step
    { ...momentum, id: 'ema-first-step', kind: 'edge', name: { en: "'ema', first step from v = 0: v = (1 − β)·g", zh: '\'ema\'，从 v = 0 出发的第一步：v = (1 − β)·g' }, args: [[0.5, -1.5, 2], [2, -4, 1], [0, 0, 0], 0.1, 0.9, 'ema'] },
    { ...momentum, id: 'torch-first-step', kind: 'edge', name: { en: "'torch', first step from v = 0: v = g (PyTorch's first buffer)", zh: '\'torch\'，从 v = 0 出发的第一步：v = g（PyTorch 的第一个缓冲）' }, args: [[0.5, -1.5, 2], [2, -4, 1], [0, 0, 0], 0.1, 0.9, 'torch'] },
    { ...momentum, id: 'ema-beta-zero', kind: 'edge', name: { en: "'ema' with β = 0: plain gradient descent", zh: 'β = 0 的 \'ema\'：普通梯度下降' }, args: [[1, 2], [0.3, -0.6], [5, -5], 0.5, 0, 'ema'] },
    { ...momentum, id: 'torch-beta-zero', kind: 'edge', name: { en: "'torch' with β = 0: plain gradient descent", zh: 'β = 0 的 \'torch\'：普通梯度下降' }, args: [[1, 2], [0.3, -0.6], [5, -5], 0.5, 0, 'torch'] },
    { ...momentum, id: 'ema-zero-gradient', kind: 'edge', name: { en: "'ema', zero gradient: the velocity alone keeps θ moving", zh: '\'ema\'，梯度为零：仅靠速度让 θ 继续移动' }, args: [[1, -1], [0, 0], [0.4, -0.2], 0.1, 0.9, 'ema'] },
    { ...momentum, id: 'torch-zero-gradient', kind: 'edge', name: { en: "'torch', zero gradient: the velocity alone keeps θ moving", zh: '\'torch\'，梯度为零：仅靠速度让 θ 继续移动' }, args: [[1, -1], [0, 0], [0.4, -0.2], 0.1, 0.9, 'torch'] },
    { ...momentum, id: 'torch-zero-lr', kind: 'edge', name: { en: "lr = 0: θ stays, the velocity still updates ('torch')", zh: 'lr = 0：θ 不动，速度仍更新（\'torch\'）' }, args: [[3, 1, -2], [1, -1, 0.5], [0.2, 0.1, 0], 0, 0.9, 'torch'] },
    { ...momentum, id: 'one-parameter', kind: 'edge', name: { en: "a single parameter ('ema', β = 0.5)", zh: '只有一个参数（\'ema\'，β = 0.5）' }, args: [[4], [-2], [1], 0.25, 0.5, 'ema'] },
    { id: 'unknown-form', kind: 'error', name: { en: "an unknown form 'nesterov'", zh: '未知的形式 \'nesterov\'' }, call: 'momentumStep', args: [[1, 2], [0.1, 0.2], [0, 0], 0.1, 0.9, 'nesterov'], throws: 'form' },
    { id: 'unknown-form-sgd', kind: 'error', name: { en: "an unknown form 'sgd'", zh: '未知的形式 \'sgd\'' }, call: 'momentumStep', args: [[1], [0.5], [0.3], 0.1, 0.9, 'sgd'], throws: 'form' },

    // momentumStep: several steps, state fed back, gradient of a test function at each θ
    { ...momentumRun, id: 'ema-bowl-run', kind: 'hidden', name: { en: "12 'ema' steps on a tilted quadratic bowl, from v = 0", zh: '在倾斜的二次碗上走 12 步 \'ema\'，从 v = 0 出发' }, args: [[3, -2], gradArg(BOWL), [0, 0], 0.1, 0.9, 'ema', 12] },
    { ...momentumRun, id: 'torch-bowl-run', kind: 'hidden', name: { en: "12 'torch' steps on a tilted quadratic bowl, from v = 0", zh: '在倾斜的二次碗上走 12 步 \'torch\'，从 v = 0 出发' }, args: [[3, -2], gradArg(BOWL), [0, 0], 0.02, 0.9, 'torch', 12] },
    { ...momentumRun, id: 'ema-cosine-run', kind: 'hidden', name: { en: "12 'ema' steps on f(θ) = −Σ cᵢ cos θᵢ (not a quadratic), β = 0.8", zh: '在 f(θ) = −Σ cᵢ cos θᵢ（不是二次函数）上走 12 步 \'ema\'，β = 0.8' }, args: [[1.2, -0.7, 2.5], gradArg(cosineGrad([1, 2, 0.5])), [0.1, 0, -0.2], 0.3, 0.8, 'ema', 12] },
    {
      ...momentum,
      id: 'random-step',
      kind: 'random',
      name: { en: 'one step with random θ, gradient, velocity and hyperparameters', zh: '随机的 θ、梯度、速度与超参数下走一步' },
      count: 8,
      generate: (rng) => {
        const n = rng.int(1, 6);
        return [rng.vector(n, -3, 3), rng.vector(n, -2, 2), rng.vector(n, -1, 1), rng.uniform(0.01, 0.5), rng.uniform(0.5, 0.99), rng.pick(['ema', 'torch'])];
      },
    },
    {
      ...momentumRun,
      id: 'random-run',
      kind: 'random',
      name: { en: 'a few steps on a random quadratic bowl', zh: '在随机二次碗上走几步' },
      count: 4,
      generate: (rng) => {
        const n = rng.int(1, 4);
        return [rng.vector(n, -2, 2), gradArg(quadraticGrad(randomSpd(rng, n), rng.vector(n, -1, 1))), new Array(n).fill(0), rng.uniform(0.01, 0.1), rng.uniform(0.5, 0.95), rng.pick(['ema', 'torch']), rng.int(3, 8)];
      },
    },

    // nesterovStep
    { ...nesterov, id: 'nesterov-first-step', kind: 'edge', name: { en: 'first Nesterov step from v = 0: the look-ahead point is θ itself', zh: '从 v = 0 出发的第一步 Nesterov：前瞻点就是 θ 本身' }, args: [[3, -2], gradArg(BOWL), [0, 0], 0.1, 0.9] },
    { ...nesterov, id: 'nesterov-beta-zero', kind: 'edge', name: { en: 'β = 0: a plain gradient step from θ, with the gradient taken at the look-ahead point θ − lr·v_old', zh: 'β = 0：从 θ 出发的普通梯度步，梯度取在前瞻点 θ − lr·v_old' }, args: [[1, 1], gradArg(BOWL), [2, -1], 0.1, 0] },
    { ...nesterov, id: 'nesterov-lookahead-at-minimum', kind: 'edge', name: { en: 'the look-ahead point is the minimum (zero gradient there, not at θ)', zh: '前瞻点就是最小值点（梯度在那里为零，而不是在 θ 处）' }, args: [[0.5, -0.3], gradArg(quadraticGrad([[1, 0], [0, 1]], [0, 0])), [5, -3], 0.1, 0.9] },
    { ...nesterov, id: 'nesterov-one-parameter', kind: 'edge', name: { en: 'a single parameter', zh: '只有一个参数' }, args: [[2], gradArg(quadraticGrad([[3]], [-1.5])), [0.8], 0.2, 0.5] },
    { ...nesterov, id: 'nesterov-cosine', kind: 'hidden', name: { en: 'one step on f(θ) = −Σ cᵢ cos θᵢ with a nonzero velocity', zh: '在 f(θ) = −Σ cᵢ cos θᵢ 上走一步，速度不为零' }, args: [[1.2, -0.7, 2.5], gradArg(cosineGrad([1, 2, 0.5])), [0.6, -0.4, 0.3], 0.3, 0.8] },
    { ...nesterovRun, id: 'nesterov-bowl-run', kind: 'hidden', name: { en: '12 Nesterov steps on a tilted quadratic bowl, from v = 0 (from step 2 on, the look-ahead point differs from θ)', zh: '在倾斜的二次碗上走 12 步 Nesterov，从 v = 0 出发（从第 2 步起前瞻点与 θ 不同）' }, args: [[3, -2], gradArg(BOWL), [0, 0], 0.1, 0.9, 12] },
    { ...nesterovRun, id: 'nesterov-cosine-run', kind: 'hidden', name: { en: '10 Nesterov steps on f(θ) = −Σ cᵢ cos θᵢ, β = 0.8', zh: '在 f(θ) = −Σ cᵢ cos θᵢ 上走 10 步 Nesterov，β = 0.8' }, args: [[1.2, -0.7, 2.5], gradArg(cosineGrad([1, 2, 0.5])), [0, 0, 0], 0.3, 0.8, 10] },
    {
      ...nesterov,
      id: 'nesterov-random-step',
      kind: 'random',
      name: { en: 'one Nesterov step on a random quadratic, random velocity', zh: '在随机二次函数上走一步 Nesterov，速度随机' },
      count: 6,
      generate: (rng) => {
        const n = rng.int(1, 5);
        return [rng.vector(n, -2, 2), gradArg(quadraticGrad(randomSpd(rng, n), rng.vector(n, -1, 1))), rng.vector(n, -2, 2), rng.uniform(0.01, 0.3), rng.uniform(0.5, 0.99)];
      },
    },
    {
      ...nesterovRun,
      id: 'nesterov-random-run',
      kind: 'random',
      name: { en: 'a few Nesterov steps on a random quadratic bowl', zh: '在随机二次碗上走几步 Nesterov' },
      count: 3,
      generate: (rng) => {
        const n = rng.int(1, 4);
        return [rng.vector(n, -2, 2), gradArg(quadraticGrad(randomSpd(rng, n), rng.vector(n, -1, 1))), new Array(n).fill(0), rng.uniform(0.01, 0.1), rng.uniform(0.5, 0.95), rng.int(3, 8)];
      },
    },
  ],
});

