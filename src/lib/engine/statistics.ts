// Statistical grading of code that draws random numbers (weight initialization, dropout masks,
// sampling…). The learner receives a seeded `randn` (see `randnArg`), so every check is
// deterministic; the statistics below judge what a submission drew *independently of the order*
// it drew in, and `detectDrawOrder` tells a learner who has the right numbers in the wrong places.
//
//   const randn = randnArg(17);                         // a function argument, seed fixed per check
//   property: ({ got, args }) =>
//     describeGaussianSample(got, { variance: 2 / 200, what: 'your 200×300 He matrix' })
//     ?? …
//
// Confidence bands. A correct solution draws n independent N(μ, v) values. Its sample mean is
// N(μ, v/n) exactly, and n·s²/v (s² the population variance, divided by n) is χ² with n − 1
// degrees of freedom. Both bands are two-sided at z = BAND_Z = 6 standard errors: P(|Z| > 6) ≈
// 2·10⁻⁹ per band, so a correct solution fails a (mean, variance) pair with probability < 10⁻⁸,
// far below the 10⁻⁶ we allow. The variance band uses the Wilson–Hilferty cube-root
// approximation of the χ² quantiles, accurate in these tails for n ≥ 100 (below that the
// bands refuse to run: too few draws to judge anything). With seeds fixed per check the verdict
// is reproducible anyway; the bands make it *principled*: any correct submission would pass on
// any seed, and the width shows how far off a wrong one is.
import { fn, type HostFn } from './host-fn';
import { MULBERRY32_SOURCE } from './random';
import type { GraderText } from './grader';
import { type Bilingual, bilingual } from './text';

/** Standard errors on each side of a band: two-sided tail ≈ 2·10⁻⁹ for a normal statistic. */
export const BAND_Z = 6;

/** The fewest draws a band will judge (the χ² approximation and the power need this many). */
export const MIN_DRAWS = 100;

/**
 * Source of `gaussianStream(seed)`, a standard normal stream: mulberry32 and Box–Muller, exactly
 * the numbers of `new Rng(seed).normal()`. It is a string so that a grader's driver can build the
 * same stream *inside* the sandbox:
 *
 *   run: `(m, n, seed) => m.f(n, (${GAUSSIAN_SOURCE})(seed))`
 *
 * A function argument made with `fn`/`randnArg` crosses the sandbox boundary on every call
 * (about 0.1 ms each): fine for a few hundred draws, far too slow for the tens of thousands a
 * statistical check or a deep network needs. QuickJS and V8 may round Math.log/cos differently
 * in the last bit, so compare streams with a tolerance, never with ===.
 */
export const GAUSSIAN_SOURCE = `function gaussianStream(seed) {
  const next = (${MULBERRY32_SOURCE})(seed);
  return function randn() {
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}`;

const gaussianStream = new Function(`return (${GAUSSIAN_SOURCE});`)() as (seed: number) => () => number;

/**
 * A standard normal stream: `seededGaussian(7)()` is the same number on every machine, in the
 * reference, in every known mistake and (up to the last bit) in the learner's sandbox.
 */
export function seededGaussian(seed: number): () => number {
  return gaussianStream(seed);
}

/** A `randn` function argument for a check: `args: ['he', 3, 4, randnArg(11)]`. */
export function randnArg(seed: number, name = 'randn'): HostFn {
  return fn(name, () => seededGaussian(seed));
}

/**
 * A `randn` argument that returns the listed numbers, so a visible example can be checked by hand;
 * a call past the list is an error naming what each draw is for (`once per element`/`weight`).
 */
export function listRandn(values: number[], per: 'element' | 'weight'): HostFn {
  return fn('randn', () => {
    let k = 0;
    return () => {
      if (k >= values.length) throw new Error(`randn() called more than ${values.length} times (once per ${per})`);
      return values[k++];
    };
  });
}

/**
 * The first `n` values a function argument (or any generator) yields, replayed from a fresh
 * instance: a property sees `args[k]` as the HostFn marker and gets the learner's stream back.
 * A finite stream that throws when exhausted gives its values so far.
 */
export function replay(source: HostFn | (() => number), n: number): number[] {
  const next = typeof source === 'function' ? source : (source.make() as () => number);
  const out: number[] = [];
  try {
    for (let i = 0; i < n; i++) out.push(next());
  } catch {
    // a finite list ran out
  }
  return out;
}

/** Every number of a number, vector, matrix or deeper array, in row-major order. */
export function flatten(v: unknown): number[] {
  const out: number[] = [];
  const walk = (x: unknown) => {
    if (typeof x === 'number') out.push(x);
    else if (Array.isArray(x)) for (const y of x) walk(y);
    else throw new TypeError(`flatten: expected numbers or arrays, got ${x === null ? 'null' : typeof x}`);
  };
  walk(v);
  return out;
}

/** Arithmetic mean over all elements (compensated Neumaier summation). */
export function mean(v: unknown): number {
  const xs = flatten(v);
  if (xs.length === 0) return NaN;
  return sum(xs) / xs.length;
}

/** Population variance over all elements (divide by n), two-pass. */
export function variance(v: unknown): number {
  const xs = flatten(v);
  if (xs.length === 0) return NaN;
  const mu = sum(xs) / xs.length;
  return sum(xs.map((x) => (x - mu) * (x - mu))) / xs.length;
}

function sum(xs: number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

export interface Band {
  /** The statistic's value for a correct solution, on average. */
  center: number;
  lo: number;
  hi: number;
  /** Its standard error. */
  se: number;
  /** Standard errors each side. */
  z: number;
}

/** Where the sample mean of n draws of N(mu, v) falls: mu ± z·√(v/n). */
export function meanBand(n: number, mu: number, v: number, z = BAND_Z): Band {
  assertDraws(n);
  const se = Math.sqrt(v / n);
  return { center: mu, lo: mu - z * se, hi: mu + z * se, se, z };
}

/**
 * Where the population variance s² = (1/n) Σ (x − x̄)² of n draws of N(·, v) falls:
 * n·s²/v ~ χ²(n − 1), bounds from the Wilson–Hilferty approximation
 * χ²_k quantile ≈ k·(1 − 2/(9k) ± z·√(2/(9k)))³.
 */
export function varianceBand(n: number, v: number, z = BAND_Z): Band {
  assertDraws(n);
  const k = n - 1;
  const a = 2 / (9 * k);
  const q = (sign: number) => k * Math.pow(1 - a + sign * z * Math.sqrt(a), 3);
  return { center: (v * k) / n, lo: (v * q(-1)) / n, hi: (v * q(+1)) / n, se: (v * Math.sqrt(2 * k)) / n, z };
}

function assertDraws(n: number) {
  if (!(n >= MIN_DRAWS)) throw new RangeError(`a confidence band needs at least ${MIN_DRAWS} draws, got ${n}`);
}

export const inBand = (x: number, b: Band) => x >= b.lo && x <= b.hi;

/** Short numbers for messages: 4 significant digits. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e6 ? String(Number(x.toPrecision(4))) : x.toExponential(3).replace(/\.?0+e/, 'e');
}

export interface SampleSpec {
  /** Target variance v of each draw. */
  variance: number;
  /** Target mean (default 0). */
  mean?: number;
  /** How the target is written for the learner, e.g. "2/nIn = 0.01". */
  varianceText?: string;
  /** What the values are, e.g. "the 200×300 matrix" / "这个 200×300 矩阵". */
  what?: GraderText;
  z?: number;
}

/**
 * What a statistical check needs of a sample, computed where the sample is: `n` values, how many
 * are not finite, their mean and their population variance (two-pass). `sampleSummary(values)`
 * computes it on the host; `SAMPLE_SUMMARY_SOURCE` computes the same inside the sandbox, so a
 * driver returns these four numbers instead of thousands (moving a number out of QuickJS costs
 * about a microsecond).
 */
export interface SampleSummary {
  n: number;
  nonFinite: number;
  mean: number;
  variance: number;
}

export function sampleSummary(values: unknown): SampleSummary {
  const xs = flatten(values);
  const nonFinite = xs.filter((x) => !Number.isFinite(x)).length;
  return { n: xs.length, nonFinite, mean: nonFinite ? NaN : mean(xs), variance: nonFinite ? NaN : variance(xs) };
}

/**
 * Source of `matrixSummary(W, rows, cols)` for a grader's driver: null when W is not a rows×cols
 * array of arrays of numbers (the driver then returns W itself, for the message), else the
 * `SampleSummary` of its values. Plain `for` loops and no Array.prototype methods: the learner's
 * code runs in the same realm and may have replaced them. Plain summation: for the few thousand
 * values of a check its rounding error (≈ n·2⁻⁵³ relative) is far below any band's width.
 *
 *   run: `(m, n, seed) => { const W = m.f(n); return (${SAMPLE_SUMMARY_SOURCE})(W, n, n) ?? { W }; }`
 */
export const SAMPLE_SUMMARY_SOURCE = `function matrixSummary(W, rows, cols) {
  if (!Array.isArray(W) || W.length !== rows) return null;
  for (let i = 0; i < rows; i++) {
    const row = W[i];
    if (!Array.isArray(row) || row.length !== cols) return null;
    for (let j = 0; j < cols; j++) if (typeof row[j] !== 'number') return null;
  }
  const n = rows * cols;
  let nonFinite = 0;
  let s = 0;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
    const x = W[i][j];
    if (x - x !== 0) nonFinite++;
    else s += x;
  }
  if (nonFinite > 0) return { n, nonFinite, mean: NaN, variance: NaN };
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
    const d = W[i][j] - mean;
    ss += d * d;
  }
  return { n, nonFinite: 0, mean, variance: ss / n };
}`;

/**
 * Judge a sample as n independent N(mean, variance) draws: its mean and its variance must fall in
 * their bands. Returns what is wrong in words (English and Chinese), or null.
 */
export function describeGaussianSample(values: unknown, spec: SampleSpec): Bilingual | null {
  return describeGaussianSummary(sampleSummary(values), spec);
}

/** `describeGaussianSample` for a sample summarized where it was drawn (`SAMPLE_SUMMARY_SOURCE`). */
export function describeGaussianSummary(sample: SampleSummary, spec: SampleSpec): Bilingual | null {
  const what = bilingual(spec.what ?? { en: 'the values', zh: '这些值' });
  const mu = spec.mean ?? 0;
  const z = spec.z ?? BAND_Z;
  const n = sample.n;
  if (sample.nonFinite > 0 || !Number.isFinite(sample.mean) || !Number.isFinite(sample.variance))
    return { en: `${what.en} contain NaN or Infinity`, zh: `${what.zh}含有 NaN 或 Infinity` };
  const vText = spec.varianceText ?? num(spec.variance);
  const vBand = varianceBand(n, spec.variance, z);
  const s2 = sample.variance;
  if (!inBand(s2, vBand)) {
    const ratio =
      spec.variance > 0 ? { en: ` (${num(s2 / spec.variance)}× the target)`, zh: `（目标的 ${num(s2 / spec.variance)} 倍）` } : { en: '', zh: '' };
    return {
      en: `the variance of ${what.en} is ${num(s2)}${ratio.en}; ${n} draws of N(0, ${vText}) give a variance in [${num(vBand.lo)}, ${num(vBand.hi)}] (±${z} standard errors)`,
      zh: `${what.zh}的方差是 ${num(s2)}${ratio.zh}；从 N(0, ${vText}) 抽取 ${n} 次，方差应落在 [${num(vBand.lo)}, ${num(vBand.hi)}] 内（±${z} 个标准误）`,
    };
  }
  const mBand = meanBand(n, mu, spec.variance, z);
  const m = sample.mean;
  if (!inBand(m, mBand)) {
    return {
      en: `the mean of ${what.en} is ${num(m)}; ${n} draws with mean ${num(mu)} and variance ${vText} give a mean in [${num(mBand.lo)}, ${num(mBand.hi)}] (±${z} standard errors)`,
      zh: `${what.zh}的均值是 ${num(m)}；均值为 ${num(mu)}、方差为 ${vText} 的 ${n} 次抽样，均值应落在 [${num(mBand.lo)}, ${num(mBand.hi)}] 内（±${z} 个标准误）`,
    };
  }
  return null;
}

// ---- draw order ----------------------------------------------------------------------------

/**
 * How a matrix was filled from a stream of draws z (in the order the learner received them):
 * - 'row-major': W[i][j] = s·z[i·cols + j] (the convention of every exercise);
 * - 'column-major': W[i][j] = s·z[j·rows + i] (drawn column by column);
 * - 'reversed': filled from the last element to the first;
 * - 'transposed': a cols×rows matrix holding the transpose of the right one;
 * - 'reshaped': a matrix of another shape filled row by row with the right draws;
 * - 'permuted': the same numbers (up to the scale s) in some other order;
 * - 'shifted': row-major, but starting `offset` draws too late (extra randn() calls first).
 */
export type DrawOrder = 'row-major' | 'column-major' | 'reversed' | 'transposed' | 'reshaped' | 'permuted' | 'shifted';

export interface OrderMatch {
  order: DrawOrder;
  /** The common factor s with got ≈ s·(arranged draws). */
  scale: number;
  /** For 'shifted': how many draws were skipped. */
  offset?: number;
}

export interface OrderOptions {
  /** Relative tolerance on each value after scaling (default 1e-6). */
  rtol?: number;
  /** Absolute tolerance, relative to the largest |got| (default 1e-9). */
  atol?: number;
  /** Largest offset tried for 'shifted' (default 4). */
  maxOffset?: number;
}

/**
 * Explain `got` (meant to be rows×cols) as a scaled arrangement of the draws `z`; null when no
 * arrangement fits. Tries row-major first, so a correct matrix is always 'row-major'. A zero
 * matrix fits anything with scale 0 and is reported as 'row-major', scale 0.
 */
export function detectDrawOrder(got: unknown, z: number[], rows: number, cols: number, opts: OrderOptions = {}): OrderMatch | null {
  const shape = matrixShape(got);
  if (!shape) return null;
  const [r, c] = shape;
  const n = rows * cols;
  if (r * c !== n || z.length < n) return null;
  const g = flatten(got);
  if (g.some((x) => !Number.isFinite(x))) return null;
  const rtol = opts.rtol ?? 1e-6;
  const big = Math.max(...g.map(Math.abs), 0);
  const atol = (opts.atol ?? 1e-9) * Math.max(big, 1e-300);
  const fits = (a: number[]) => {
    const s = fitScale(g, a);
    return s !== null && g.every((x, k) => Math.abs(x - s * a[k]) <= atol + rtol * Math.abs(s * a[k])) ? s : null;
  };
  const zs = z.slice(0, n);
  const tryOrder = (order: DrawOrder, a: number[], offset?: number): OrderMatch | null => {
    const s = fits(a);
    return s === null ? null : { order, scale: s, ...(offset !== undefined ? { offset } : {}) };
  };
  if (r === rows && c === cols) {
    const found =
      tryOrder('row-major', zs) ??
      tryOrder(
        'column-major',
        arrange(rows, cols, (i, j) => zs[j * rows + i]),
      ) ??
      tryOrder('reversed', [...zs].reverse());
    if (found) return found;
    for (let k = 1; k <= (opts.maxOffset ?? 4) && k + n <= z.length; k++) {
      const m = tryOrder('shifted', z.slice(k, k + n), k);
      if (m) return m;
    }
  } else if (r === cols && c === rows) {
    const found = tryOrder(
      'transposed',
      arrange(cols, rows, (i, j) => zs[j * cols + i]),
    );
    if (found) return found;
  }
  if (!(r === rows && c === cols)) {
    const found = tryOrder('reshaped', zs);
    if (found) return found;
  }
  // Same numbers in any order: sort both (a negative scale reverses the sorted order).
  const gs = [...g].sort((x, y) => x - y);
  const as = [...zs].sort((x, y) => x - y);
  const s = fits2(gs, as) ?? fits2(gs, [...as].reverse());
  if (s !== null) return { order: 'permuted', scale: s };
  return null;

  function fits2(a: number[], b: number[]) {
    const s = fitScale(a, b);
    return s !== null && a.every((x, k) => Math.abs(x - s * b[k]) <= atol + rtol * Math.abs(s * b[k])) ? s : null;
  }
}

/** Least-squares s in got ≈ s·a. */
function fitScale(got: number[], a: number[]): number | null {
  let ga = 0;
  let aa = 0;
  for (let k = 0; k < got.length; k++) {
    ga += got[k] * a[k];
    aa += a[k] * a[k];
  }
  if (aa === 0) return got.every((x) => x === 0) ? 0 : null;
  return ga / aa;
}

function arrange(rows: number, cols: number, at: (i: number, j: number) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out.push(at(i, j));
  return out;
}

function matrixShape(v: unknown): [number, number] | null {
  if (!Array.isArray(v) || v.length === 0 || !Array.isArray(v[0])) return null;
  const c = (v[0] as unknown[]).length;
  for (const row of v) if (!Array.isArray(row) || row.length !== c || row.some((x) => typeof x !== 'number')) return null;
  return [v.length, c];
}

/**
 * The learner-facing clause for an order that is not row-major, starting "the values are…" /
 * "这些值…" (callers capitalize or prefix it: "The variance is right (2/nIn), but the values are
 * placed column by column…"). `name` is how the matrix is called (default W).
 */
export function describeDrawOrder(match: OrderMatch, rows: number, cols: number, name = 'W'): Bilingual {
  const cell = (i: number, j: number) => `${name}[${i}][${j}]`;
  const firstRow =
    cols <= 3 ? Array.from({ length: cols }, (_, j) => cell(0, j)).join(', ') : `${cell(0, 0)}, ${cell(0, 1)}, …, ${cell(0, cols - 1)}`;
  const rowByRow = {
    en: `call randn() row by row: ${firstRow}${rows > 1 ? `, then ${cell(1, 0)}, …` : ''}`,
    zh: `按行调用 randn()：${firstRow}${rows > 1 ? `，然后 ${cell(1, 0)}, …` : ''}`,
  };
  const colByCol = rows <= 3 ? Array.from({ length: rows }, (_, i) => cell(i, 0)).join(', ') : `${cell(0, 0)}, ${cell(1, 0)}, ${cell(2, 0)}, …`;
  switch (match.order) {
    case 'row-major':
      return { en: 'the values are drawn in the right order (row by row)', zh: '这些值的抽取顺序正确（逐行）' };
    case 'column-major':
      return { en: `the values are placed column by column (${colByCol}): ${rowByRow.en}`, zh: `这些值是逐列放置的（${colByCol}）：${rowByRow.zh}` };
    case 'reversed':
      return {
        en: `the values are the draws in reverse order (the first draw ended in ${cell(rows - 1, cols - 1)}): ${rowByRow.en}`,
        zh: `这些值是倒序的抽样（第一次抽样落在了 ${cell(rows - 1, cols - 1)}）：${rowByRow.zh}`,
      };
    case 'transposed':
      return {
        en: `the values are transposed: the result is ${cols}×${rows}, but ${name} must have ${rows} rows and ${cols} columns (${cell(0, 1)} connects input 0 to output 1)`,
        zh: `这些值被转置了：结果是 ${cols}×${rows}，但 ${name} 必须有 ${rows} 行 ${cols} 列（${cell(0, 1)} 连接输入 0 与输出 1）`,
      };
    case 'reshaped':
      return {
        en: `the values are the right draws in the wrong shape: ${name} must be ${rows}×${cols}`,
        zh: `抽样值是对的，但形状错了：${name} 必须是 ${rows}×${cols}`,
      };
    case 'shifted':
      return {
        en: `the values are the draws shifted by ${match.offset}: randn() was called ${match.offset === 1 ? 'once' : `${match.offset} times`} too many before the first element; call it exactly once per element`,
        zh: `这些值是错开了 ${match.offset} 位的抽样：在第一个元素之前多调用了 ${match.offset} 次 randn()；每个元素恰好调用一次`,
      };
    case 'permuted':
      return { en: `the values are the right draws placed in another order: ${rowByRow.en}`, zh: `抽样值是对的，但放置顺序不同：${rowByRow.zh}` };
  }
}
