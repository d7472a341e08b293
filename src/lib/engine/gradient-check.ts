// Gradient checks of a learner's backprop: the grader computes the loss itself on the host (a
// small forward pass in the grader file), differentiates it numerically by centered
// differences, and explains a mismatch per parameter — the worst element and the factor
// between the learner's gradient and the numerical one, which names the classic bugs:
//
//   "dW[1] is 2.0× the numerical gradient everywhere (dW[1][2][0] = 0.5 instead of 0.25):
//    the loss is a mean over m = 2 examples — is the 1/m missing?"
//
// Typical use in a grader's `property` (layers → a flat parameter list → loss):
//
//   property: ({ got, args }) => {
//     const [X, y, layers] = args;
//     const params = layers.flatMap((l) => [l.W, l.b]);
//     const loss = (p) => hostLoss(X, y, layers.map((l, i) => ({ ...l, W: p[2 * i], b: p[2 * i + 1] })));
//     return gradientCheck({
//       loss, params, batchSize: X.length,
//       grads: layers.flatMap((_, i) => [
//         { name: `dW[${i}]`, param: `W[${i}]`, got: got.dW?.[i] },
//         { name: `db[${i}]`, param: `b[${i}]`, got: got.db?.[i] },
//       ]),
//     });
//   }
//
// Precision: with h = 1e-5 the centered difference has truncation error h²·|f'''|/6 ≈ 1e-10
// and rounding error ≈ ε·|f|/h ≈ 1e-11·|f|, so GRADIENT_TOLERANCE (rtol 1e-4, atol 1e-7) is
// loose enough for any smooth loss of moderate size and tight enough for every bug that
// changes a gradient by more than 0.01%. Kinks (ReLU at 0, max, abs) break the approximation
// when a perturbation crosses them: keep graded inputs at least ~1e-3 away from a kink, and
// check exact kink behaviour (relu'(0) = 0) against the reference instead.
import { dims, type Tolerance } from './compare';
import type { GraderText } from './grader';
import { type Bilingual, bilingual, joinText } from './text';

/** A number or a (nested) array of numbers: a parameter or its gradient. */
export type Tensor = number | Tensor[];

export const GRADIENT_TOLERANCE: Tolerance = Object.freeze({ rtol: 1e-4, atol: 1e-7 });

/**
 * The gradient of `loss` with respect to every number in `params`, by centered differences
 * (loss(θ + h·e) − loss(θ − h·e)) / (2h), one number at a time. `params` is not changed; the
 * loss receives a private copy, perturbed in place between calls. Returns arrays shaped like
 * `params`.
 */
export function numericalGradients(loss: (params: Tensor[]) => number, params: Tensor[], h = 1e-5): Tensor[] {
  const work = clone(params) as Tensor[];
  const grads = clone(params) as Tensor[];
  const visit = (value: Tensor[], grad: Tensor[]) => {
    for (let k = 0; k < value.length; k++) {
      const v = value[k];
      if (Array.isArray(v)) {
        visit(v, grad[k] as Tensor[]);
        continue;
      }
      const up = v + h;
      const down = v - h;
      value[k] = up;
      const fUp = loss(work);
      value[k] = down;
      const fDown = loss(work);
      value[k] = v;
      grad[k] = (fUp - fDown) / (up - down);
    }
  };
  visit(work, grads);
  return grads;
}

function clone(t: unknown): unknown {
  if (typeof t === 'number') return t;
  if (Array.isArray(t)) return t.map(clone);
  throw new TypeError(`numericalGradients: parameters are numbers or arrays of numbers, got ${t === null ? 'null' : typeof t}`);
}

/** ‖a − b‖ / max(‖a‖ + ‖b‖, 1e-12) over all elements (Euclidean norms), as in CS231n. */
export function relativeError(a: Tensor, b: Tensor): number {
  const x = leaves(a);
  const y = leaves(b);
  if (x.length !== y.length) throw new RangeError('relativeError: sizes differ');
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, t) => s + t * t, 0));
  return norm(x.map((v, i) => v - y[i])) / Math.max(norm(x) + norm(y), 1e-12);
}

export interface MismatchOptions {
  /** Number of examples the loss averages over: recognises a missing or doubled 1/m. */
  batchSize?: number;
  /** What the gradient is compared with (default "the numerical gradient" / "数值梯度"). */
  against?: GraderText;
  /** The parameter's name for shape messages, e.g. "W[1]" (default: `name` without a leading d). */
  param?: string;
}

const NUMERICAL: Bilingual = { en: 'the numerical gradient', zh: '数值梯度' };

/**
 * What is wrong with one gradient, in words (English and Chinese), or null when every element
 * is within `tol` of `numerical`. In order: missing, wrong shape (transposed is named),
 * NaN/Infinity, all zero, a constant factor (×m, ×1/m, ×−1, ×2, ×½ are named), the transpose,
 * else the worst element with its own factor and how many elements differ.
 */
export function describeGradientMismatch(
  name: string,
  got: unknown,
  numerical: Tensor,
  tol: Tolerance = GRADIENT_TOLERANCE,
  opts: MismatchOptions = {},
): Bilingual | null {
  const against = bilingual(opts.against ?? NUMERICAL);
  const param = opts.param ?? (name.startsWith('d') ? name.slice(1) : name);
  const want = dims(numerical);
  const have = dims(got);
  if (got === undefined || got === null) return { en: `${name} is missing`, zh: `缺少 ${name}` };
  if (!have || !want || have.length !== want.length || have.some((d, i) => d !== want[i])) {
    if (
      have &&
      want &&
      have.length === 2 &&
      want.length === 2 &&
      have[0] === want[1] &&
      have[1] === want[0] &&
      closeAll(leaves(got as Tensor), leaves(transpose(numerical as number[][])), tol)
    ) {
      return {
        en: `${name} is transposed: it is ${have.join('×')} but must have the shape of ${param}, ${want.join('×')}; its transpose matches ${against.en}`,
        zh: `${name} 被转置了：它是 ${have.join('×')}，但必须与 ${param} 同形（${want.join('×')}）；它的转置与${against.zh}一致`,
      };
    }
    return {
      en: `${name} must have the shape of ${param} (${want ? shapeText(want).en : 'its shape'}), got ${have ? shapeText(have).en : 'something else'}`,
      zh: `${name} 必须与 ${param} 同形（${want ? shapeText(want).zh : '它的形状'}），实际得到${have ? shapeText(have).zh : '别的东西'}`,
    };
  }
  const g = leaves(got as Tensor);
  const n = leaves(numerical);
  const at = (k: number) => `${name}${indexText(k, want)}`;
  const bad = g.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0)
    return { en: `${at(bad)} is ${g[bad]}, ${against.en} is ${fmt(n[bad])}`, zh: `${at(bad)} 是 ${g[bad]}，${against.zh}是 ${fmt(n[bad])}` };
  const off = g.map((v, k) => Math.abs(v - n[k]) / (tol.atol + tol.rtol * Math.abs(n[k])));
  const wrong = off.filter((r) => r > 1).length;
  if (wrong === 0) return null;
  let worst = 0;
  for (let k = 1; k < off.length; k++) if (off[k] > off[worst]) worst = k;
  const example = { en: `${at(worst)} = ${fmt(g[worst])} instead of ${fmt(n[worst])}`, zh: `${at(worst)} = ${fmt(g[worst])}，应为 ${fmt(n[worst])}` };

  const nn = dot(n, n);
  if (nn === 0 || n.every((v) => Math.abs(v) <= tol.atol)) {
    return {
      en: `${name} should be 0 everywhere (${against.en} is 0: the loss does not depend on ${param} here), but ${at(worst)} = ${fmt(g[worst])}`,
      zh: `${name} 应处处为 0（${against.zh}为 0：这里损失不依赖于 ${param}），但 ${at(worst)} = ${fmt(g[worst])}`,
    };
  }
  if (g.every((v) => v === 0)) {
    return {
      en: `${name} is 0 everywhere but ${against.en} is not (${example.en}): no gradient reaches ${param}`,
      zh: `${name} 处处为 0，但${against.zh}不是（${example.zh}）：没有梯度传到 ${param}`,
    };
  }
  const c = dot(g, n) / nn;
  const resid = Math.sqrt(
    dot(
      g.map((v, k) => v - c * n[k]),
      g.map((v, k) => v - c * n[k]),
    ),
  );
  if (resid <= 1e-3 * Math.sqrt(dot(g, g))) {
    const hint = factorHint(c, opts.batchSize);
    return {
      en: `${name} is ${ratioText(c)} ${against.en} everywhere (${example.en})${hint.en}`,
      zh: `${name} 处处是${against.zh}的 ${ratioText(c)}（${example.zh}）${hint.zh}`,
    };
  }
  if (want.length === 2 && want[0] === want[1] && want[0] > 1 && closeAll(g, leaves(transpose(numerical as number[][])), tol)) {
    return {
      en: `${name} holds ${against.en} transposed (${example.en}): element [i][j] belongs to ${param}[i][j], the weight from input i to unit j`,
      zh: `${name} 存的是转置后的${against.zh}（${example.zh}）：元素 [i][j] 对应 ${param}[i][j]，即从输入 i 到单元 j 的权重`,
    };
  }
  const hint = n[worst] !== 0 ? factorHint(g[worst] / n[worst], opts.batchSize) : { en: '', zh: '' };
  const ratio =
    n[worst] !== 0
      ? { en: ` (${ratioText(g[worst] / n[worst])}${hint.en})`, zh: `（${ratioText(g[worst] / n[worst])}${hint.zh}）` }
      : { en: '', zh: '' };
  return {
    en: `${at(worst)} is ${fmt(g[worst])}, ${against.en} is ${fmt(n[worst])}${ratio.en}; ${wrong} of ${g.length} elements of ${name} differ`,
    zh: `${at(worst)} 是 ${fmt(g[worst])}，${against.zh}是 ${fmt(n[worst])}${ratio.zh}；${name} 的 ${g.length} 个元素中有 ${wrong} 个不同`,
  };
}

export interface GradientEntry {
  /** The gradient's name in messages, e.g. "dW[1]". */
  name: string;
  /** The parameter's name, e.g. "W[1]". */
  param?: string;
  /** The learner's gradient for this parameter. */
  got: unknown;
}

/** At most this many parameters are described in one message. */
export const MAX_DESCRIBED = 3;

/**
 * Several gradients at once (every dW[l] and db[l] of a network) against the right ones
 * (`want`, same order). When every element of every gradient is off by the same factor — the
 * signature of a missing 1/m or a flipped sign upstream — one sentence says so; otherwise each
 * mismatching parameter is described (at most MAX_DESCRIBED). Null when all match.
 */
export function describeGradientsMismatch(
  entries: GradientEntry[],
  want: Tensor[],
  tol: Tolerance = GRADIENT_TOLERANCE,
  opts: Omit<MismatchOptions, 'param'> = {},
): Bilingual | null {
  const problems: Bilingual[] = [];
  entries.forEach((e, i) => {
    const p = describeGradientMismatch(e.name, e.got, want[i], tol, { ...opts, param: e.param });
    if (p) problems.push(p);
  });
  if (!problems.length) return null;
  if (entries.length > 1) {
    const shapesOk = entries.every((e, i) => sameDims(e.got, want[i]));
    if (shapesOk) {
      const g = entries.flatMap((e) => leaves(e.got as Tensor));
      const n = want.flatMap((w) => leaves(w));
      if (g.every(Number.isFinite) && dot(n, n) > 0 && !g.every((v) => v === 0)) {
        const c = dot(g, n) / dot(n, n);
        const r = g.map((v, k) => v - c * n[k]);
        if (Math.sqrt(dot(r, r)) <= 1e-3 * Math.sqrt(dot(g, g))) {
          let worst = 0;
          for (let k = 1; k < g.length; k++) if (Math.abs(g[k] - n[k]) > Math.abs(g[worst] - n[worst])) worst = k;
          const names = entries.map((e) => e.name).join(', ');
          const where = locate(entries, want, worst);
          const against = bilingual(opts.against ?? NUMERICAL);
          const hint = factorHint(c, opts.batchSize);
          return {
            en: `every gradient (${names}) is ${ratioText(c)} ${against.en} (${where} = ${fmt(g[worst])} instead of ${fmt(n[worst])})${hint.en}`,
            zh: `每个梯度（${names}）都是${against.zh}的 ${ratioText(c)}（${where} = ${fmt(g[worst])}，应为 ${fmt(n[worst])}）${hint.zh}`,
          };
        }
      }
    }
  }
  const more = problems.length - MAX_DESCRIBED;
  const shown = joinText(problems.slice(0, MAX_DESCRIBED));
  if (more <= 0) return shown;
  return { en: `${shown.en}; and ${more} more parameter${more === 1 ? '' : 's'}`, zh: `${shown.zh}；另有 ${more} 个参数也不对` };
}

/**
 * Numerical gradients of `loss` at `params` compared with the learner's, one entry per
 * parameter (same order). Returns what is wrong (see describeGradientsMismatch), or null.
 */
export function gradientCheck(opts: {
  loss: (params: Tensor[]) => number;
  params: Tensor[];
  grads: GradientEntry[];
  h?: number;
  tol?: Tolerance;
  batchSize?: number;
}): Bilingual | null {
  if (opts.grads.length !== opts.params.length) throw new RangeError('gradientCheck: one gradient entry per parameter');
  const numerical = numericalGradients(opts.loss, opts.params, opts.h);
  return describeGradientsMismatch(opts.grads, numerical, opts.tol ?? GRADIENT_TOLERANCE, { batchSize: opts.batchSize });
}

/** "dW[1][2][0]": the element at flat index k across the entries. */
function locate(entries: GradientEntry[], want: Tensor[], k: number): string {
  for (let i = 0; i < entries.length; i++) {
    const size = leaves(want[i]).length;
    if (k < size) return `${entries[i].name}${indexText(k, dims(want[i]) ?? [])}`;
    k -= size;
  }
  return entries[entries.length - 1]?.name ?? '';
}

function sameDims(a: unknown, b: unknown): boolean {
  const x = dims(a);
  const y = dims(b);
  return !!x && !!y && x.length === y.length && x.every((d, i) => d === y[i]);
}

// ---- helpers ----

function leaves(t: Tensor): number[] {
  const out: number[] = [];
  const walk = (v: Tensor) => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(v);
  };
  walk(t);
  return out;
}

function transpose(a: number[][]): number[][] {
  return a.length ? a[0].map((_, j) => a.map((row) => row[j])) : [];
}

function closeAll(g: number[], n: number[], tol: Tolerance): boolean {
  return g.length === n.length && g.every((v, k) => Math.abs(v - n[k]) <= tol.atol + tol.rtol * Math.abs(n[k]));
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

function indexText(k: number, shape: number[]): string {
  let s = '';
  for (let d = shape.length - 1; d >= 0; d--) {
    s = `[${k % shape[d]}]` + s;
    k = Math.floor(k / shape[d]);
  }
  return s;
}

function shapeText(d: number[]): Bilingual {
  if (d.length === 0) return { en: 'a number', zh: '一个数' };
  if (d.length === 1) return { en: `a vector of ${d[0]}`, zh: `长度为 ${d[0]} 的向量` };
  return { en: d.join('×'), zh: d.join('×') };
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-4 && a < 1e6 ? String(Number(x.toPrecision(5))) : x.toExponential(4).replace(/\.?0+e/, 'e');
}

/** "2.0×", "0.25×", "−1.0×". */
function ratioText(c: number): string {
  const a = Math.abs(c);
  const s = a >= 0.95 && a < 99.5 ? c.toFixed(1) : String(Number(c.toPrecision(2)));
  return `${s.replace('-', '−')}×`;
}

const near = (c: number, k: number) => Math.abs(c - k) <= 2e-3 * Math.abs(k);

/** The usual reasons for a gradient off by a constant factor. */
function factorHint(c: number, m?: number): Bilingual {
  if (m !== undefined && m > 1 && near(c, m))
    return { en: `: the loss is a mean over m = ${m} examples — is the 1/m missing?`, zh: `：损失是 m = ${m} 个样本的平均——是不是漏了 1/m？` };
  if (m !== undefined && m > 1 && near(c, 1 / m)) return { en: `: divided by m = ${m} twice?`, zh: `：是不是除了两次 m = ${m}？` };
  if (near(c, -1)) return { en: ': the sign is flipped', zh: '：符号反了' };
  if (near(c, 2)) return { en: ': a factor 2 too many (a term counted twice?)', zh: '：多了一个因子 2（某一项算了两次？）' };
  if (near(c, 0.5)) return { en: ': half of it — a factor 2 missing?', zh: '：只有一半——少了一个因子 2？' };
  return { en: '', zh: '' };
}
