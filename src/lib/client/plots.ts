// From a report's visible checks to the curves of the exercise's plot (front matter `plot:`):
// the learner's curve drawn over the reference's. Only visible examples carry values, and
// their expected values are public. Each kind is a small function from checks to a spec.
import { fromWire, type Wire } from '../protocol/codec';
import type { PlotKind } from '../engine/exercise';
import type { CheckResult, Report } from '../engine/types';

export type SeriesRole = 'learner' | 'reference' | 'data0' | 'data1';

export interface PlotSeries {
  /** 'yours' and 'reference' are translated by the plot; anything else is shown as is. */
  label: string;
  /** Which curve of several this is ('train' and 'cv'; one per scheme): shown before the label. */
  group?: AxisKey | { text: string };
  /** The colour of the group (0 for a plot with a single curve). */
  tone?: number;
  points: { x: number; y: number }[];
  style: 'line' | 'points';
  role: SeriesRole;
}

/** Axis titles, translated by the plot (keys `axis_<name>`); math symbols are shown as is. */
export type AxisKey = 'iteration' | 'cost' | 'layer' | 'norm' | 'epoch' | 'loss' | 'lr' | 'size' | 'error' | 'train' | 'cv';

export interface PlotSpec {
  /** Curves; pictures are an ImagePlotSpec (type 'images'). */
  type?: 'curves';
  check: string;
  xLabel: AxisKey | { text: string };
  yLabel: AxisKey | { text: string };
  logY?: boolean;
  /** x counts steps (iterations, layers): whole-number ticks. */
  integerX?: boolean;
  /** Same scale on both axes (a path in parameter space). */
  equalAxes?: boolean;
  xMax: number;
  series: PlotSeries[];
}

type Builder = (checks: CheckResult[]) => PlotSpec | null;

const isNums = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number');
const isPoints = (v: unknown): v is number[][] => Array.isArray(v) && v.length > 0 && v.every((p) => isNums(p) && p.length >= 2);
const indexed = (ys: number[]) => ys.map((y, x) => ({ x, y }));
const field = (v: unknown, key: string): unknown =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
const val = (w: unknown) => (w === undefined ? undefined : fromWire(w as Wire));
const visible = (r: Report) => r.checks.filter((c) => c.input && (c.got !== undefined || c.expected !== undefined));
/** A log scale when every value is positive and they span more than three decades. */
const wantsLog = (ys: number[]) => ys.length > 0 && ys.every((y) => y > 0) && Math.max(...ys) / Math.min(...ys) > 1e3;

/**
 * The longest curve among the visible checks, read from the return value by `pick`: the learner's
 * (dashed) over the reference's. A learner's value of the wrong shape simply draws nothing.
 */
function curvePlot(pick: (v: unknown) => unknown, xLabel: AxisKey, yLabel: AxisKey, only?: (c: CheckResult) => boolean): Builder {
  return (checks) => {
    const curves = checks
      .filter((c) => !only || only(c))
      .map((c) => {
        const mine = pick(val(c.got));
        const ref = pick(val(c.expected));
        return { c, mine: isNums(mine) ? mine : null, ref: isNums(ref) ? ref : null };
      })
      .filter((x) => x.mine || x.ref)
      .sort((a, b) => (b.ref ?? b.mine)!.length - (a.ref ?? a.mine)!.length);
    const best = curves[0];
    if (!best) return null;
    const { c, mine, ref } = best;
    const series: PlotSeries[] = [];
    if (ref) series.push({ label: 'reference', points: indexed(ref), style: 'line', role: 'reference' });
    if (mine) series.push({ label: 'yours', points: indexed(mine), style: 'line', role: 'learner' });
    return {
      check: c.name,
      xLabel,
      yLabel,
      logY: wantsLog([...(mine ?? []), ...(ref ?? [])]),
      integerX: true,
      xMax: Math.max(mine?.length ?? 0, ref?.length ?? 0) - 1,
      series,
    };
  };
}

/** optimizer-paths: the path θ⁰, θ¹, … in the plane of the first two coordinates. */
const pathPlot: Builder = (checks) => {
  const best = checks
    .map((c) => ({ c, mine: val(c.got), ref: val(c.expected) }))
    .filter((x) => isPoints(x.ref) || isPoints(x.mine))
    .sort((a, b) => ((isPoints(b.ref) ? b.ref : b.mine) as number[][]).length - ((isPoints(a.ref) ? a.ref : a.mine) as number[][]).length)[0];
  if (!best) return null;
  const pts = (p: number[][]) => p.map(([x, y]) => ({ x, y }));
  const series: PlotSeries[] = [];
  if (isPoints(best.ref)) series.push({ label: 'reference', points: pts(best.ref), style: 'line', role: 'reference' });
  if (isPoints(best.mine)) series.push({ label: 'yours', points: pts(best.mine), style: 'line', role: 'learner' });
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  return { check: best.c.name, xLabel: { text: 'θ₀' }, yLabel: { text: 'θ₁' }, equalAxes: true, xMax: Math.max(...xs), series };
};

/** learning-curves: train and CV error against the training-set size (the `sizes` argument). */
const learningCurvePlot: Builder = (checks) => {
  const best = checks
    .map((c) => ({ c, sizes: val(c.input?.[4]), mine: val(c.got), ref: val(c.expected) }))
    .filter((x) => isNums(x.sizes) && isNums(field(x.ref, 'trainError')))
    .sort((a, b) => (b.sizes as number[]).length - (a.sizes as number[]).length)[0];
  if (!best) return null;
  const sizes = best.sizes as number[];
  const along = (ys: unknown) => (isNums(ys) && ys.length === sizes.length ? sizes.map((x, i) => ({ x, y: ys[i] })) : null);
  const series: PlotSeries[] = [];
  const add = (source: unknown, key: string, group: AxisKey, tone: number, label: 'yours' | 'reference') => {
    const points = along(field(source, key));
    if (points) series.push({ label, group, tone, points, style: 'line', role: label === 'yours' ? 'learner' : 'reference' });
  };
  add(best.ref, 'trainError', 'train', 0, 'reference');
  add(best.ref, 'cvError', 'cv', 1, 'reference');
  add(best.mine, 'trainError', 'train', 0, 'yours');
  add(best.mine, 'cvError', 'cv', 1, 'yours');
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  return { check: best.c.name, xLabel: 'size', yLabel: 'error', logY: wantsLog(ys), integerX: true, xMax: Math.max(...sizes), series };
};

/**
 * A norm by depth for every visible run of the depth experiment, one colour per scheme (the
 * notes' comparison of He, Xavier and small weights): init-depth-experiment's activation norms,
 * gradient-norms-by-depth's input-gradient norms. `pick` reads the per-layer norms from a value.
 */
const depthPlot =
  (pick: (v: unknown) => unknown, yLabel: AxisKey | { text: string }): Builder =>
  (checks) => {
    const norms = (v: unknown) => {
      const n = pick(v);
      return isNums(n) ? n : null;
    };
    const runs = checks
      .map((c) => ({ c, scheme: val(c.input?.[3]), mine: norms(val(c.got)), ref: norms(val(c.expected)) }))
      .filter((r) => (r.ref ?? r.mine ?? []).length > 2);
    if (!runs.length) return null;
    const series: PlotSeries[] = [];
    const byLayer = (norms: number[]) => norms.map((y, i) => ({ x: i + 1, y })); // layers count from 1
    runs.forEach((r, tone) => {
      const group = runs.length > 1 && typeof r.scheme === 'string' ? { text: r.scheme } : undefined;
      if (r.ref) series.push({ label: 'reference', group, tone, points: byLayer(r.ref), style: 'line', role: 'reference' });
      if (r.mine) series.push({ label: 'yours', group, tone, points: byLayer(r.mine), style: 'line', role: 'learner' });
    });
    const ys = series.flatMap((s) => s.points.map((p) => p.y));
    const xMax = Math.max(...series.map((s) => s.points.length));
    return {
      check: runs.length > 1 ? runs.map((r) => r.c.name).join(' · ') : runs[0].c.name,
      xLabel: 'layer',
      yLabel,
      logY: wantsLog(ys),
      integerX: true,
      xMax,
      series,
    };
  };

/** logistic-predict: the data coloured by class and the decision boundary x₁ = slope·x₀ + intercept. */
const boundaryPlot: Builder = (checks) => {
  const line = checks.find((c) => c.fn === 'boundaryLine');
  const data = checks.find((c) => c.fn === 'predictClass' && Array.isArray(val(c.input?.[0])));
  if (!line && !data) return null;
  const series: PlotSeries[] = [];
  let xs: number[] = [-3, 3];
  if (data) {
    const X = val(data.input![0]) as number[][];
    const labels = (val(data.expected) ?? val(data.got)) as number[] | undefined;
    if (X.every((r) => Array.isArray(r) && r.length >= 2)) {
      xs = X.map((r) => r[0]);
      const pts = (cls: number) => X.filter((_, i) => (labels?.[i] ?? 0) === cls).map((r) => ({ x: r[0], y: r[1] }));
      series.push({ label: 'y = 0', points: pts(0), style: 'points', role: 'data0' });
      series.push({ label: 'y = 1', points: pts(1), style: 'points', role: 'data1' });
    }
  }
  if (line) {
    const lo = Math.min(...xs) - 0.5;
    const hi = Math.max(...xs) + 0.5;
    const seg = (v: unknown) => {
      const o = v as { slope?: number; intercept?: number } | undefined;
      if (!o || typeof o.slope !== 'number' || typeof o.intercept !== 'number') return null;
      return [lo, hi].map((x) => ({ x, y: o.slope! * x + o.intercept! }));
    };
    const ref = seg(val(line.expected));
    const mine = seg(val(line.got));
    if (ref) series.push({ label: 'reference', points: ref, style: 'line', role: 'reference' });
    if (mine) series.push({ label: 'yours', points: mine, style: 'line', role: 'learner' });
  }
  return series.length ? { check: (line ?? data)!.name, xLabel: { text: 'x₀' }, yLabel: { text: 'x₁' }, xMax: Math.max(...xs), series } : null;
};

// ---- images: C×H×W values drawn as pictures ----

/** How a panel's channels become pixels: one grey picture, one colour picture, or one map per channel. */
export type ImageMode = 'grey' | 'rgb' | 'maps';

/** Panel captions, translated by the plot (keys `image_<name>`), with a number for a stack. */
export type ImageRole = 'input' | 'reference' | 'yours';

export interface ImagePanel {
  role: ImageRole;
  /** 1-based position in a stack of images (N×C×H×W), absent for a single image. */
  index?: number;
  mode: ImageMode;
  /** C×H×W values (a C×L row of values is drawn as C maps of height 1). */
  channels: number[][][];
  /** The value drawn darkest / lowest on the colour scale and the one drawn brightest / highest. */
  lo: number;
  hi: number;
}

export interface ImagePlotSpec {
  type: 'images';
  check: string;
  panels: ImagePanel[];
}

/** At most this many images of a stack are drawn. */
export const MAX_STACK = 4;

const isGrid = (v: unknown): v is number[][] =>
  Array.isArray(v) && v.length > 0 && v.every((r) => isNums(r) && r.length === (v[0] as number[]).length);
/** C×H×W: non-empty, rectangular, the same H×W in every channel, finite numbers. */
const isImage = (v: unknown): v is number[][][] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((c) => isGrid(c) && c.length === (v[0] as number[][]).length && c[0].length === (v[0] as number[][])[0].length) &&
  v.every((c: number[][]) => c.every((r) => r.every(Number.isFinite)));
const isStack = (v: unknown): v is number[][][][] => Array.isArray(v) && v.length > 0 && v.every(isImage);
/** A C×L array (1-D feature maps): each channel becomes a map one pixel high. */
const isStrips = (v: unknown): v is number[][] => isGrid(v) && v.every((r) => r.every(Number.isFinite));

/** The images in a value: one for C×H×W, the first few of N×C×H×W, one for C×L; none otherwise. */
export function imagesIn(v: unknown): number[][][][] {
  if (isImage(v)) return [v];
  if (isStack(v)) return v.slice(0, MAX_STACK);
  if (isStrips(v)) return [v.map((row) => [row])];
  return [];
}

const valuesOf = (imgs: number[][][][]) => imgs.flat(3);

/**
 * Three channels with every value in [0, 1] are a colour picture, one channel a grey one (both
 * on the fixed scale [0, 1] when the values lie in it); anything else is a grid of feature maps
 * on a colour scale shared by the panels compared.
 */
export function imageMode(imgs: number[][][][]): ImageMode {
  const c = imgs[0]?.length ?? 0;
  const unit = valuesOf(imgs).every((x) => x >= 0 && x <= 1);
  if (c === 3 && unit) return 'rgb';
  if (c === 1) return 'grey';
  return 'maps';
}

/** The range a scale spans: [0, 1] for pictures in it, else the values' own, symmetric about 0 when some are negative. */
export function imageRange(values: number[], mode: ImageMode): { lo: number; hi: number } {
  const inUnit = values.every((x) => x >= 0 && x <= 1);
  if (mode === 'rgb' || (mode === 'grey' && inUnit)) return { lo: 0, hi: 1 };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo < 0 && hi > 0) {
    const m = Math.max(-lo, hi);
    [lo, hi] = [-m, m];
  }
  if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1]; // a constant picture: mid-scale, not a division by 0
  return { lo, hi };
}

/**
 * The colour of value v on a panel: grey levels for 'grey', the channel's own intensity for
 * 'rgb' (call once per channel), and for 'maps' a diverging blue–white–red scale when the range
 * straddles 0, else a sequential dark-to-yellow one. Returns [r, g, b] in 0..255.
 */
export function colorOf(v: number, lo: number, hi: number, mode: ImageMode): [number, number, number] {
  const t = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
  if (mode === 'grey' || mode === 'rgb') {
    const g = Math.round(255 * t);
    return [g, g, g];
  }
  const lerp = (a: number[], b: number[], s: number) => a.map((x, i) => Math.round(x + (b[i] - x) * s)) as [number, number, number];
  if (lo < 0 && hi > 0) {
    // diverging: blue (negative) – white (0) – red (positive)
    return t < 0.5 ? lerp([33, 102, 172], [247, 247, 247], t * 2) : lerp([247, 247, 247], [178, 24, 43], (t - 0.5) * 2);
  }
  // sequential: dark purple – teal – yellow (viridis' ends and middle)
  return t < 0.5 ? lerp([68, 1, 84], [33, 145, 140], t * 2) : lerp([33, 145, 140], [253, 231, 37], (t - 0.5) * 2);
}

/** What a screen reader hears for a panel: its shape, its range and, for a wrong answer, how many values differ. */
export function describeImage(p: ImagePanel): { shape: string; min: number; max: number } {
  const vals = p.channels.flat(2);
  return { shape: `${p.channels.length}×${p.channels[0].length}×${p.channels[0][0].length}`, min: Math.min(...vals), max: Math.max(...vals) };
}

/**
 * The first visible check whose value is an image, preferring one the learner got wrong: the
 * input (the first image argument), the expected image and the learner's, the last two on one
 * shared scale so that a difference in colour is a difference in value.
 */
const imagesPlot = (checks: CheckResult[]): ImagePlotSpec | null => {
  const candidates = checks.map((c) => ({ c, ref: imagesIn(val(c.expected)), mine: imagesIn(val(c.got)) })).filter((x) => x.ref.length > 0);
  const best = candidates.find((x) => x.c.status !== 'pass') ?? candidates[0];
  if (!best) return null;
  const { c, ref } = best;
  const shapeOf = (imgs: number[][][][]) => imgs.map((i) => `${i.length}×${i[0].length}×${i[0][0].length}`).join(',');
  // A learner's value of another shape is not drawn (the results table says what is wrong).
  const mine = best.mine.length && shapeOf(best.mine) === shapeOf(ref) ? best.mine : [];
  const panels: ImagePanel[] = [];
  const args = (c.input ?? []).map(val);
  const input = args.map(imagesIn).find((imgs) => imgs.length > 0);
  const stackIndex = (imgs: number[][][][], k: number) => (imgs.length > 1 ? k + 1 : undefined);
  if (input) {
    const mode = imageMode(input);
    const { lo, hi } = imageRange(valuesOf(input), mode);
    input.forEach((channels, k) => panels.push({ role: 'input', index: stackIndex(input, k), mode, channels, lo, hi }));
  }
  const mode = imageMode([...ref, ...mine]);
  const { lo, hi } = imageRange(valuesOf([...ref, ...mine]), mode);
  ref.forEach((channels, k) => panels.push({ role: 'reference', index: stackIndex(ref, k), mode, channels, lo, hi }));
  mine.forEach((channels, k) => panels.push({ role: 'yours', index: stackIndex(mine, k), mode, channels, lo, hi }));
  return { type: 'images', check: c.name, panels };
};

const builders: Record<Exclude<PlotKind, 'images'>, Builder> = {
  'cost-history': curvePlot((v) => field(v, 'history') ?? v, 'iteration', 'cost'),
  'epoch-cost': curvePlot((v) => field(v, 'history'), 'epoch', 'cost'),
  'depth-norms': depthPlot((v) => field(v, 'norms') ?? v, 'norm'),
  'depth-grad-norms': depthPlot((v) => field(v, 'inputGradNorms'), { text: '‖∂ℓ/∂A^[l−1]‖' }),
  'loss-curve': curvePlot((v) => field(v, 'losses'), 'epoch', 'loss'),
  'lr-schedule': curvePlot(
    (v) => v,
    'epoch',
    'lr',
    (c) => c.fn === 'reduceOnPlateau',
  ),
  'optimizer-path': pathPlot,
  'learning-curve': learningCurvePlot,
  'decision-boundary': boundaryPlot,
};

/** The exercise's plot from a report: curves (Chart.js) or, for kind 'images', pictures. */
export function plotFor(kind: PlotKind | undefined, report: Report | null): PlotSpec | ImagePlotSpec | null {
  if (!kind || !report) return null;
  if (kind === 'images') return imagesPlot(visible(report));
  return builders[kind](visible(report));
}
