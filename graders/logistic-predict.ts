import { compareValues, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import { stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x: number[], w: number[], b: number) => x.reduce((s, v, j) => s + v * w[j], b);

/**
 * Random classification data whose probabilities all stay at least 1e-6 away from the threshold,
 * so that σ(z) ≥ t and the equivalent z ≥ log(t/(1−t)) agree whatever the rounding.
 */
function classify(rng: Rng, withThreshold: boolean, weightScale = 2): unknown[] {
  const m = rng.int(1, 12);
  const n = rng.int(1, 4);
  const X = rng.matrix(m, n, -3, 3);
  const w = rng.vector(n, -weightScale, weightScale);
  const t = withThreshold ? rng.round(rng.uniform(0.05, 0.95), 3) : 0.5;
  const far = (b: number) => X.every((x) => Math.abs(sigmoid(logit(x, w, b)) - t) > 1e-6);
  let b = rng.uniform(-1, 1);
  for (let k = 0; k < 50 && !far(b); k++) b = rng.uniform(-1, 1);
  return withThreshold ? [X, w, b, t] : [X, w, b];
}

/** Classes are compared exactly and reported as classes ("row 6: expected class 1, got 0"). */
function classes(got: unknown, expected: unknown, _tol: Tolerance): GraderText | null {
  const cmp = compareValues(got, expected, { rtol: 0, atol: 0 });
  if (cmp.ok) return null;
  const want = expected as number[];
  if (!Array.isArray(got) || got.length !== want.length || !got.every((c) => typeof c === 'number')) {
    return cmp.text ?? { en: 'wrong classes', zh: '类别不对' };
  }
  const bad = want.map((c, i) => i).filter((i) => got[i] !== want[i]);
  const i = bad[0];
  const of = want.length > 1 ? ` (${bad.length} of ${want.length} classes wrong)` : '';
  const ofZh = want.length > 1 ? `（${want.length} 个类别中有 ${bad.length} 个不对）` : '';
  return { en: `row ${i}: expected class ${want[i]}, got ${got[i]}${of}`, zh: `第 ${i} 行：期望类别 ${want[i]}，得到 ${got[i]}${ofZh}` };
}

// The notes' data set: the boundary x0 + x1 = 3, plus a point exactly on it.
const LAB_X = [[0.5, 1.5], [1, 1], [1.5, 0.5], [3, 0.5], [2, 2], [1, 2.5], [1.5, 1.5]];

// Logits about −1, −0.2, 0, 0.25, 0.45, 1.5, 3: probabilities far from every threshold used below.
const NEAR_X = [[-1, 0], [-0.25, 0.05], [0, 0], [0.25, 0], [0.5, -0.05], [1, 0.5], [2, 1]];
const NEAR_W = [1, 1];

const boundary = (name: GraderText, id: string, w: number[], b: number, kind: CheckDef['kind'] = 'hidden'): CheckDef => ({
  id,
  kind,
  name,
  call: 'boundaryLine',
  args: [w, b],
});

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'the notes’ data set, default threshold (the worked example)', zh: '讲义中的数据集，默认阈值（例题）' }, call: 'predictClass', compare: classes, args: [LAB_X, [1, 1], -3] },
    { id: 'threshold-0-7', kind: 'example', name: { en: 'the same data with threshold 0.7', zh: '同样的数据，阈值 0.7' }, call: 'predictClass', compare: classes, args: [LAB_X, [1, 1], -3, 0.7] },
    boundary({ en: 'the boundary of w = [1, 1], b = −3 (the worked example)', zh: 'w = [1, 1]、b = −3 的决策边界（例题）' }, 'boundary-example', [1, 1], -3, 'example'),

    {
      id: 'on-boundary-default',
      kind: 'edge',
      name: { en: 'points exactly on the boundary (z = 0), default threshold: class 1', zh: '恰好在边界上的点（z = 0），默认阈值：类别 1' },
      call: 'predictClass', compare: classes,
      args: [[[1, 2], [2, 1], [0, 0], [3, 3]], [2, -1], 0],
    },
    {
      id: 'on-boundary-explicit',
      kind: 'edge',
      name: { en: 'points exactly on the boundary (z = 0), threshold 0.5 passed explicitly', zh: '恰好在边界上的点（z = 0），显式传入阈值 0.5' },
      call: 'predictClass', compare: classes,
      args: [[[1.5, 1.5], [4, -1], [-2, 5]], [1, 1], -3, 0.5],
    },
    {
      id: 'small-logits-default',
      kind: 'edge',
      name: { en: 'logits between 0 and 0.5, default threshold (σ is compared, not z)', zh: 'logit 在 0 到 0.5 之间，默认阈值（比较的是 σ，不是 z）' },
      call: 'predictClass', compare: classes,
      args: [NEAR_X, NEAR_W, 0],
    },
    {
      id: 'threshold-0-3',
      kind: 'edge',
      name: { en: 'threshold 0.3: a negative logit can be class 1', zh: '阈值 0.3：logit 为负也可能是类别 1' },
      call: 'predictClass', compare: classes,
      args: [NEAR_X, NEAR_W, 0, 0.3],
    },
    { id: 'threshold-0-9', kind: 'edge', name: { en: 'threshold 0.9', zh: '阈值 0.9' }, call: 'predictClass', compare: classes, args: [NEAR_X, NEAR_W, 0, 0.9] },
    { id: 'threshold-0-1', kind: 'edge', name: { en: 'threshold 0.1', zh: '阈值 0.1' }, call: 'predictClass', compare: classes, args: [NEAR_X, NEAR_W, 0, 0.1] },
    {
      id: 'saturated',
      kind: 'edge',
      name: { en: 'logits of ±1000, default threshold', zh: '±1000 的 logit，默认阈值' },
      call: 'predictClass', compare: classes,
      args: [[[10, 0], [-10, 0], [0, 10], [0, -10]], [100, 100], 0],
    },
    {
      id: 'saturated-high-threshold',
      kind: 'edge',
      name: { en: 'logits of ±1000 with threshold 0.99', zh: '±1000 的 logit，阈值 0.99' },
      call: 'predictClass', compare: classes,
      args: [[[10, 0], [-10, 0], [0.01, 0.02]], [100, 100], 0, 0.99],
    },
    { id: 'zero-weights-default', kind: 'edge', name: { en: 'all weights and the bias zero (σ = 0.5 everywhere), default threshold', zh: '权重和偏置全为零（处处 σ = 0.5），默认阈值' }, call: 'predictClass', compare: classes, args: [[[1, 2], [-3, 4]], [0, 0], 0] },
    { id: 'zero-weights-0-6', kind: 'edge', name: { en: 'all weights and the bias zero, threshold 0.6', zh: '权重和偏置全为零，阈值 0.6' }, call: 'predictClass', compare: classes, args: [[[1, 2], [-3, 4]], [0, 0], 0, 0.6] },
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one example', zh: '只有一个样本的批量' }, call: 'predictClass', compare: classes, args: [[[0.5, -1.5, 2]], [0.3, 0.2, -0.4], 0.1] },
    { id: 'random-default', kind: 'random', name: { en: 'random data, default threshold', zh: '随机数据，默认阈值' }, call: 'predictClass', compare: classes, count: 6, generate: (rng) => classify(rng, false) },
    { id: 'random-threshold', kind: 'random', name: { en: 'random data and threshold', zh: '随机数据和阈值' }, call: 'predictClass', compare: classes, count: 6, generate: (rng) => classify(rng, true) },
    {
      id: 'random-saturated',
      kind: 'random',
      name: { en: 'random data with large weights (saturated predictions)', zh: '权重很大的随机数据（预测饱和）' },
      call: 'predictClass', compare: classes,
      count: 3,
      generate: (rng) => classify(rng, rng.random() < 0.5, 800),
    },

    boundary({ en: 'a positive slope (w = [2, −4], b = 1)', zh: '斜率为正（w = [2, −4]，b = 1）' }, 'boundary-positive-slope', [2, -4], 1),
    boundary({ en: 'a horizontal boundary (w[0] = 0)', zh: '水平的边界（w[0] = 0）' }, 'boundary-horizontal', [0, 2], -3, 'edge'),
    boundary({ en: 'a boundary through the origin (b = 0)', zh: '过原点的边界（b = 0）' }, 'boundary-origin', [3, 1.5], 0, 'edge'),
    boundary({ en: 'a negative w[1]', zh: 'w[1] 为负' }, 'boundary-negative-w1', [-1.5, -0.5], 2, 'edge'),
    {
      id: 'boundary-random',
      kind: 'random',
      name: { en: 'random weights and bias', zh: '随机的权重和偏置' },
      call: 'boundaryLine',
      count: 6,
      generate: (rng) => {
        const w1 = (rng.random() < 0.5 ? -1 : 1) * rng.uniform(0.2, 3);
        return [[rng.uniform(-3, 3), w1], rng.uniform(-4, 4)];
      },
    },
    {
      id: 'boundary-points-on-line',
      kind: 'property',
      name: { en: 'points of the returned line have z = 0', zh: '返回的直线上的点满足 z = 0' },
      call: 'boundaryLine',
      args: [[1.25, -2.5], 0.75],
      expect: 'none',
      property: ({ got, args }) => {
        const [w, b] = args as [number[], number];
        const line = got as { slope?: unknown; intercept?: unknown } | null;
        if (!line || typeof line !== 'object' || typeof line.slope !== 'number' || typeof line.intercept !== 'number') {
          return { en: 'boundaryLine should return an object { slope, intercept } of two numbers', zh: 'boundaryLine 应当返回由两个数组成的对象 { slope, intercept }' };
        }
        for (const x0 of [-2, 0, 3]) {
          const x1 = line.slope * x0 + line.intercept;
          const z = w[0] * x0 + w[1] * x1 + b;
          if (!(Math.abs(z) <= 1e-9 * (Math.abs(w[0] * x0) + Math.abs(w[1] * x1) + Math.abs(b) + 1))) {
            return {
              en: `the point (x0, x1) = (${x0}, ${x1}) of your line has z = w0·x0 + w1·x1 + b = ${z}, not 0: it is not on the decision boundary`,
              zh: `你的直线上的点 (x0, x1) = (${x0}, ${x1}) 的 z = w0·x0 + w1·x1 + b = ${z}，不是 0：它不在决策边界上`,
            };
          }
        }
        return null;
      },
    },
    { id: 'boundary-vertical', kind: 'error', name: { en: 'w[1] = 0: the boundary is vertical', zh: 'w[1] = 0：边界是竖直的' }, call: 'boundaryLine', args: [[2, 0], -1], throws: 'vertical' },
    { id: 'boundary-all-zero', kind: 'error', name: { en: 'w = [0, 0]: no line x1 = slope·x0 + intercept', zh: 'w = [0, 0]：不存在直线 x1 = slope·x0 + intercept' }, call: 'boundaryLine', args: [[0, 0], 1], throws: 'vertical' },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(8),
  },
});
