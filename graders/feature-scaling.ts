import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example of the statement: column 0 has μ = 10, σ = 5, range 14; column 1 has
// μ = 0, σ = 60, range 160 and max |x| = 100 (a negative value, and an exact power of ten).
const WORKED = [
  [3, -100],
  [17, 60],
  [11, 20],
  [9, 20],
];

// Houses: size in sq ft, bedrooms, floors, age in years, distance to the centre in km.
const HOUSES = [
  [2104, 5, 1, 45, 3.2],
  [1416, 3, 2, 40, 7.9],
  [1534, 3, 2, 30, 12.5],
  [852, 2, 1, 36, 1.4],
  [1940, 4, 1, 12, 5.6],
  [3000, 4, 2, 3, 18.1],
  [1100, 2, 1, 60, 0.8],
];

// A constant column (column 1) among ordinary ones.
const WITH_CONSTANT = [
  [1, 7, -2],
  [4, 7, 0.5],
  [2, 7, 3],
  [8, 7, -1],
];

// 0.1 + 0.1 + 0.1 = 0.30000000000000004: μ of the 0.1 column comes out as 0.10000000000000002,
// so σ is about 1.4e-17 instead of 0 — a guard on σ === 0 misses it, one on max === min does not.
const CONSTANT_TENTHS = [
  [0.1, 1, 5],
  [0.1, 2, -5],
  [0.1, 4, 5],
];

const BATCH_OF_ONE = [[12.5, -3, 0, 1000]];

/** Columns on very different scales (like raw house features). */
function mixedScales(rng: Rng, m: number, n: number): number[][] {
  const cols = Array.from({ length: n }, () => {
    const scale = 10 ** rng.int(-2, 3);
    const offset = rng.uniform(-2, 2) * scale;
    return Array.from({ length: m }, () => offset + rng.uniform(-1, 1) * scale);
  });
  return Array.from({ length: m }, (_, i) => cols.map((c) => c[i]));
}

/** Values whose magnitudes per column range over 10^-3 … 10^5, signs mixed. */
function decimalData(rng: Rng, m: number, n: number): number[][] {
  const scales = Array.from({ length: n }, () => 10 ** rng.int(-3, 5));
  return Array.from({ length: m }, () => scales.map((s) => rng.uniform(-1, 1) * s * rng.uniform(0.05, 9.5)));
}

const RANGES: [number, number][] = [
  [-1, 1],
  [0, 10],
  [2, 5],
  [-3, -1],
  [0, 100],
];

export default defineGrader({
  checks: [
    // ---- visible examples: the worked example, once per function ----
    { id: 'mean-normalize-example', kind: 'example', name: { en: 'meanNormalize on the worked example', zh: '例题上的 meanNormalize' }, call: 'meanNormalize', args: [WORKED] },
    { id: 'z-score-example', kind: 'example', name: { en: 'zScore on the worked example', zh: '例题上的 zScore' }, call: 'zScore', args: [WORKED] },
    { id: 'min-max-example', kind: 'example', name: { en: 'minMaxScale of the worked example to [−1, 1]', zh: '把例题 minMaxScale 到 [−1, 1]' }, call: 'minMaxScale', args: [WORKED, -1, 1] },
    { id: 'decimal-example', kind: 'example', name: { en: 'decimalScale on the worked example', zh: '例题上的 decimalScale' }, call: 'decimalScale', args: [WORKED] },

    // ---- meanNormalize ----
    { id: 'mean-normalize-houses', kind: 'hidden', name: { en: 'meanNormalize on raw house features', zh: '原始房屋特征上的 meanNormalize' }, call: 'meanNormalize', args: [HOUSES] },
    { id: 'mean-normalize-constant', kind: 'edge', name: { en: 'meanNormalize with a constant column (it maps to 0)', zh: '含常数列的 meanNormalize（常数列映射为 0）' }, call: 'meanNormalize', args: [WITH_CONSTANT] },
    { id: 'mean-normalize-constant-tenths', kind: 'edge', name: { en: 'meanNormalize with a constant column of 0.1s', zh: '含一列全为 0.1 的 meanNormalize' }, call: 'meanNormalize', args: [CONSTANT_TENTHS] },
    { id: 'mean-normalize-batch-of-one', kind: 'edge', name: { en: 'meanNormalize on a batch of one (every column constant)', zh: '只有一个样本时的 meanNormalize（每列都是常数列）' }, call: 'meanNormalize', args: [BATCH_OF_ONE] },
    {
      id: 'mean-normalize-random',
      kind: 'random',
      name: { en: 'meanNormalize on random columns of mixed scales', zh: '尺度各异的随机列上的 meanNormalize' },
      call: 'meanNormalize',
      count: 5,
      generate: (rng) => [mixedScales(rng, rng.int(2, 12), rng.int(1, 5))],
    },

    // ---- zScore ----
    { id: 'z-score-houses', kind: 'hidden', name: { en: 'zScore on raw house features', zh: '原始房屋特征上的 zScore' }, call: 'zScore', args: [HOUSES] },
    { id: 'z-score-two-rows', kind: 'hidden', name: { en: 'zScore on two examples (every value becomes ±1)', zh: '两个样本上的 zScore（每个值都变成 ±1）' }, call: 'zScore', args: [[[1, 10, -4], [3, -10, 6]]] },
    { id: 'z-score-constant', kind: 'edge', name: { en: 'zScore with a constant column (it maps to 0)', zh: '含常数列的 zScore（常数列映射为 0）' }, call: 'zScore', args: [WITH_CONSTANT] },
    {
      id: 'z-score-constant-tenths',
      kind: 'edge',
      name: { en: 'zScore with a constant column of 0.1s (σ computed in floating point is not exactly 0)', zh: '含一列全为 0.1 的 zScore（浮点算出的 σ 不恰好为 0）' },
      call: 'zScore',
      args: [CONSTANT_TENTHS],
    },
    { id: 'z-score-batch-of-one', kind: 'edge', name: { en: 'zScore on a batch of one (every column constant)', zh: '只有一个样本时的 zScore（每列都是常数列）' }, call: 'zScore', args: [BATCH_OF_ONE] },
    {
      id: 'z-score-random',
      kind: 'random',
      name: { en: 'zScore on random columns of mixed scales', zh: '尺度各异的随机列上的 zScore' },
      call: 'zScore',
      count: 5,
      generate: (rng) => [mixedScales(rng, rng.int(2, 12), rng.int(1, 5))],
    },

    // ---- minMaxScale ----
    { id: 'min-max-unit', kind: 'hidden', name: { en: 'minMaxScale of house features to [0, 1]', zh: '把房屋特征 minMaxScale 到 [0, 1]' }, call: 'minMaxScale', args: [HOUSES, 0, 1] },
    { id: 'min-max-houses', kind: 'hidden', name: { en: 'minMaxScale of house features to [2, 5]', zh: '把房屋特征 minMaxScale 到 [2, 5]' }, call: 'minMaxScale', args: [HOUSES, 2, 5] },
    { id: 'min-max-negative-range', kind: 'hidden', name: { en: 'minMaxScale to the range [−3, −1]', zh: 'minMaxScale 到区间 [−3, −1]' }, call: 'minMaxScale', args: [[[0.5, 4], [-2, 9], [1.5, -6]], -3, -1] },
    { id: 'min-max-constant', kind: 'edge', name: { en: 'minMaxScale to [−1, 1] with a constant column (it maps to newMin)', zh: '含常数列时 minMaxScale 到 [−1, 1]（常数列映射为 newMin）' }, call: 'minMaxScale', args: [WITH_CONSTANT, -1, 1] },
    { id: 'min-max-constant-tenths', kind: 'edge', name: { en: 'minMaxScale to [2, 5] with a constant column of 0.1s', zh: '含一列全为 0.1 时 minMaxScale 到 [2, 5]' }, call: 'minMaxScale', args: [CONSTANT_TENTHS, 2, 5] },
    { id: 'min-max-batch-of-one', kind: 'edge', name: { en: 'minMaxScale of a batch of one to [5, 10] (every value becomes 5)', zh: '只有一个样本时 minMaxScale 到 [5, 10]（每个值都变成 5）' }, call: 'minMaxScale', args: [BATCH_OF_ONE, 5, 10] },
    {
      id: 'min-max-random',
      kind: 'random',
      name: { en: 'minMaxScale of random columns to a random range', zh: '把随机列 minMaxScale 到随机区间' },
      call: 'minMaxScale',
      count: 5,
      generate: (rng) => {
        const [lo, hi] = rng.pick(RANGES);
        return [mixedScales(rng, rng.int(2, 12), rng.int(1, 5)), lo, hi];
      },
    },

    // ---- decimalScale ----
    { id: 'decimal-houses', kind: 'hidden', name: { en: 'decimalScale on raw house features', zh: '原始房屋特征上的 decimalScale' }, call: 'decimalScale', args: [HOUSES] },
    {
      id: 'decimal-exact-powers',
      kind: 'edge',
      name: { en: 'decimalScale of columns whose max |x| is exactly 1, 10, 100 and 1000 (j = 1, 2, 3, 4)', zh: '最大 |x| 恰为 1、10、100、1000 的列上的 decimalScale（j = 1, 2, 3, 4）' },
      call: 'decimalScale',
      args: [[[1, 10, 100, 1000], [0.5, -7, 42, 1], [-0.25, 3, -99, 500]]],
    },
    {
      id: 'decimal-negative-power',
      kind: 'edge',
      name: { en: 'decimalScale of a column whose max |x| is −100 (j = 3)', zh: '最大 |x| 来自 −100 的列上的 decimalScale（j = 3）' },
      call: 'decimalScale',
      args: [[[-100, 5], [20, -10], [-3, 2]]],
    },
    { id: 'decimal-zeros', kind: 'edge', name: { en: 'decimalScale of a column of zeros (j = 0)', zh: '全零列上的 decimalScale（j = 0）' }, call: 'decimalScale', args: [[[0, 4.5], [0, -2], [0, 7]]] },
    {
      id: 'decimal-below-one',
      kind: 'edge',
      name: { en: 'decimalScale of columns with every |x| < 1 already (j = 0)', zh: '每个 |x| 已经 < 1 的列上的 decimalScale（j = 0）' },
      call: 'decimalScale',
      args: [[[0.5, 0.04, -0.003], [-0.999, 0.01, 0.0025], [0.25, -0.06, 0.001]]],
    },
    {
      id: 'decimal-negative-dominates',
      kind: 'edge',
      name: { en: 'decimalScale of columns where a negative value has the largest |x|', zh: '|x| 最大的是负数的列上的 decimalScale' },
      call: 'decimalScale',
      args: [[[-450, -7.5, 3], [20, 2, -12345], [99, -0.5, 678]]],
    },
    { id: 'decimal-batch-of-one', kind: 'edge', name: { en: 'decimalScale of a batch of one', zh: '只有一个样本时的 decimalScale' }, call: 'decimalScale', args: [BATCH_OF_ONE] },
    {
      id: 'decimal-random',
      kind: 'random',
      name: { en: 'decimalScale of random columns (magnitudes 0.001 to 100000, signs mixed)', zh: '随机列上的 decimalScale（量级 0.001 到 100000，正负混合）' },
      call: 'decimalScale',
      count: 6,
      generate: (rng) => [decimalData(rng, rng.int(1, 10), rng.int(1, 5))],
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 18:21 < → <=': 'the statistics of a column n that does not exist are never read: the rows map over their own n entries',
  },
});
