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
  /** What the gradient is compared with (default "the numerical gradient"). */
  against?: string;
  /** The parameter's name for shape messages, e.g. "W[1]" (default: `name` without a leading d). */
  param?: string;
}

/**
 * What is wrong with one gradient, in words, or null when every element is within `tol` of
 * `numerical`. In order: missing, wrong shape (transposed is named), NaN/Infinity, all zero,
 * a constant factor (×m, ×1/m, ×−1, ×2, ×½ are named), the transpose, else the worst element
 * with its own factor and how many elements differ.
 */
export function describeGradientMismatch(name: string, got: unknown, numerical: Tensor, tol: Tolerance = GRADIENT_TOLERANCE, opts: MismatchOptions = {}): string | null {
  const against = opts.against ?? 'the numerical gradient';
  const param = opts.param ?? (name.startsWith('d') ? name.slice(1) : name);
  const want = dims(numerical);
  const have = dims(got);
  if (got === undefined || got === null) return `${name} is missing`;
  if (!have || !want || have.length !== want.length || have.some((d, i) => d !== want[i])) {
    if (have && want && have.length === 2 && want.length === 2 && have[0] === want[1] && have[1] === want[0] && closeAll(leaves(got as Tensor), leaves(transpose(numerical as number[][])), tol)) {
      return `${name} is transposed: it is ${have.join('×')} but must have the shape of ${param}, ${want.join('×')}; its transpose matches ${against}`;
    }
    return `${name} must have the shape of ${param} (${want ? shapeText(want) : 'its shape'}), got ${have ? shapeText(have) : 'something else'}`;
  }
  const g = leaves(got as Tensor);
  const n = leaves(numerical);
  const at = (k: number) => `${name}${indexText(k, want)}`;
  const bad = g.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) return `${at(bad)} is ${g[bad]}, ${against} is ${fmt(n[bad])}`;
  const off = g.map((v, k) => Math.abs(v - n[k]) / (tol.atol + tol.rtol * Math.abs(n[k])));
  const wrong = off.filter((r) => r > 1).length;
  if (wrong === 0) return null;
  let worst = 0;
  for (let k = 1; k < off.length; k++) if (off[k] > off[worst]) worst = k;
  const example = `${at(worst)} = ${fmt(g[worst])} instead of ${fmt(n[worst])}`;

  const nn = dot(n, n);
  if (nn === 0 || n.every((v) => Math.abs(v) <= tol.atol)) {
    return `${name} should be 0 everywhere (${against} is 0: the loss does not depend on ${param} here), but ${at(worst)} = ${fmt(g[worst])}`;
  }
  if (g.every((v) => v === 0)) {
    return `${name} is 0 everywhere but ${against} is not (${example}): no gradient reaches ${param}`;
  }
  const c = dot(g, n) / nn;
  const resid = Math.sqrt(dot(g.map((v, k) => v - c * n[k]), g.map((v, k) => v - c * n[k])));
  if (resid <= 1e-3 * Math.sqrt(dot(g, g))) {
    return `${name} is ${ratioText(c)} ${against} everywhere (${example})${factorHint(c, opts.batchSize)}`;
  }
  if (want.length === 2 && want[0] === want[1] && want[0] > 1 && closeAll(g, leaves(transpose(numerical as number[][])), tol)) {
    return `${name} holds ${against} transposed (${example}): element [i][j] belongs to ${param}[i][j], the weight from input i to unit j`;
  }
  const ratio = n[worst] !== 0 ? ` (${ratioText(g[worst] / n[worst])}${factorHint(g[worst] / n[worst], opts.batchSize)})` : '';
  return `${at(worst)} is ${fmt(g[worst])}, ${against} is ${fmt(n[worst])}${ratio}; ${wrong} of ${g.length} elements of ${name} differ`;
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
export function describeGradientsMismatch(entries: GradientEntry[], want: Tensor[], tol: Tolerance = GRADIENT_TOLERANCE, opts: Omit<MismatchOptions, 'param'> = {}): string | null {
  const problems: string[] = [];
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
          return `every gradient (${names}) is ${ratioText(c)} ${opts.against ?? 'the numerical gradient'} (${where} = ${fmt(g[worst])} instead of ${fmt(n[worst])})${factorHint(c, opts.batchSize)}`;
        }
      }
    }
  }
  const more = problems.length - MAX_DESCRIBED;
  return problems.slice(0, MAX_DESCRIBED).join('; ') + (more > 0 ? `; and ${more} more parameter${more === 1 ? '' : 's'}` : '');
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
}): string | null {
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

function shapeText(d: number[]): string {
  if (d.length === 0) return 'a number';
  if (d.length === 1) return `a vector of ${d[0]}`;
  return d.join('×');
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
function factorHint(c: number, m?: number): string {
  if (m !== undefined && m > 1 && near(c, m)) return `: the loss is a mean over m = ${m} examples — is the 1/m missing?`;
  if (m !== undefined && m > 1 && near(c, 1 / m)) return `: divided by m = ${m} twice?`;
  if (near(c, -1)) return ': the sign is flipped';
  if (near(c, 2)) return ': a factor 2 too many (a term counted twice?)';
  if (near(c, 0.5)) return ': half of it — a factor 2 missing?';
  return '';
}
