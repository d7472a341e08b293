import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// Solving the normal equations amplifies rounding by the condition number of XᵀX: different
// correct solvers (Gaussian elimination in any order, Cholesky, QR, Gauss–Jordan, centring
// first) agree to about cond·1e-16. Every well-posed case below keeps cond(XᵀX) under 1e5, so
// rtol 1e-6 with atol 1e-6 (for coefficients that should be 0) leaves a wide margin for them
// while every known mistake is off by far more.
const TOLERANCE = { rtol: 1e-6, atol: 1e-6 };

// Houses: size (1000 sq ft), bedrooms, age (years); price in $1000s.
const HOUSES = [
  [2.104, 5, 45],
  [1.416, 3, 40],
  [1.534, 3, 30],
  [0.852, 2, 36],
  [1.94, 4, 12],
  [3.0, 4, 3],
  [1.1, 2, 60],
  [2.5, 3, 20],
];
const PRICES = [460, 232, 315, 178, 400, 540, 199, 430];

/** A well-conditioned problem: features with moderate offsets and spreads, a noisy linear target. */
function wellConditioned(rng: Rng, m: number, n: number, noise: number): [number[][], number[]] {
  const offsets = rng.vector(n, -3, 3);
  const spreads = rng.vector(n, 0.5, 3);
  const X = Array.from({ length: m }, () => offsets.map((o, j) => o + spreads[j] * rng.normal()));
  const w = rng.vector(n, -3, 3);
  const b = rng.uniform(-5, 5);
  const y = X.map((row) => row.reduce((s, x, j) => s + x * w[j], b) + noise * rng.normal());
  return [X, y];
}

export default defineGrader({
  tolerance: TOLERANCE,
  checks: [
    {
      id: 'line-through-four-points',
      kind: 'example',
      name: { en: 'the worked example: one feature, four examples', zh: '例题：一个特征、四个样本' },
      call: 'normalEquation',
      args: [[[1], [2], [3], [4]], [2, 3, 5, 6]],
    },
    {
      id: 'exact-fit',
      kind: 'example',
      name: { en: 'targets exactly linear in two features: y = 2 + 3·x0 − x1', zh: '目标值恰为两个特征的线性函数：y = 2 + 3·x0 − x1' },
      call: 'normalEquation',
      args: [[[1, 2], [2, 0], [3, 1], [0, 3], [-1, -2]], [3, 8, 10, -1, 1]],
    },
    {
      id: 'singular-constant-feature',
      kind: 'error',
      name: { en: 'a constant feature (x1 = 3 for every example)', zh: '一个常数特征（每个样本的 x1 = 3）' },
      call: 'normalEquation',
      args: [[[1, 3], [2, 3], [3, 3], [4, 3]], [1, 2, 2, 5]],
      throws: 'singular',
    },

    // ---- well-posed problems ----
    { id: 'houses', kind: 'hidden', name: { en: 'house prices from size, bedrooms and age', zh: '由面积、卧室数和房龄预测房价' }, call: 'normalEquation', args: [HOUSES, PRICES] },
    {
      id: 'houses-dollars',
      kind: 'hidden',
      name: { en: 'house prices in dollars (targets around 1e5)', zh: '以美元计的房价（目标值约 1e5）' },
      call: 'normalEquation',
      args: [HOUSES, PRICES.map((p) => p * 1000 + 123)],
    },
    {
      id: 'square-system',
      kind: 'hidden',
      name: { en: 'exactly n + 1 examples: the hyperplane passes through every point', zh: '恰好 n + 1 个样本：超平面经过每个点' },
      call: 'normalEquation',
      args: [[[0.5, 1.5], [2, -1], [-1.5, 0.25]], [4, -2, 7.5]],
    },
    {
      id: 'many-examples',
      kind: 'hidden',
      name: { en: 'sixty noisy examples with four features', zh: '六十个带噪声的样本、四个特征' },
      call: 'normalEquation',
      generate: (rng) => wellConditioned(rng, 60, 4, 1),
    },
    { id: 'zero-targets', kind: 'edge', name: { en: 'every target 0 (w and b are all 0)', zh: '目标值全为 0（w 和 b 全为 0）' }, call: 'normalEquation', args: [[[1, 2], [3, -1], [0, 4], [2, 2]], [0, 0, 0, 0]] },
    {
      id: 'diagonal-system',
      kind: 'edge',
      name: { en: 'centred, uncorrelated features: AᵀA is diagonal (zeros below every pivot)', zh: '中心化且互不相关的特征：AᵀA 是对角矩阵（每个主元下方都是 0）' },
      call: 'normalEquation',
      args: [[[1, 1], [-1, 1], [1, -1], [-1, -1], [0, 0]], [-2, 0, 2, -1, 1]],
    },
    {
      id: 'constant-targets',
      kind: 'edge',
      name: { en: 'every target 7 (w is 0, b is 7)', zh: '目标值全为 7（w 为 0，b 为 7）' },
      call: 'normalEquation',
      args: [[[1, 2], [3, -1], [0, 4], [2, 2]], [7, 7, 7, 7]],
    },
    {
      id: 'negative-slope',
      kind: 'edge',
      name: { en: 'one feature, negative slope and an intercept far from 0', zh: '一个特征、斜率为负、截距远离 0' },
      call: 'normalEquation',
      args: [[[-2], [0], [1], [5], [6]], [130, 121, 118, 98, 97]],
    },
    {
      id: 'houses-rupiah',
      kind: 'hidden',
      name: { en: 'house prices in rupiah (targets around 1e9: Aᵀy is far larger than AᵀA)', zh: '以印尼盾计的房价（目标值约 1e9：Aᵀy 远大于 AᵀA）' },
      call: 'normalEquation',
      args: [HOUSES, PRICES.map((p) => p * 1e7)],
    },
    {
      id: 'zero-pivot-after-swap',
      kind: 'edge',
      name: { en: 'after the first row exchange the next diagonal entry is exactly 0: its pivot must come from the row below', zh: '第一次行交换之后，下一个对角元恰好为 0：它的主元必须取自下面一行' },
      call: 'normalEquation',
      args: [[[4, 7], [3, 7], [2, 3], [2, 4]], [-2, 5, 4, -3]],
    },
    {
      id: 'negative-pivot-entries',
      kind: 'edge',
      name: { en: 'features with negative sums: the largest |entry| in a pivot column is negative', zh: '特征之和为负：主元列中绝对值最大的元素是负数' },
      call: 'normalEquation',
      args: [[[0, -2], [-3, 1], [1, 1], [1, 0], [-3, -1], [-3, 1]], [0, 4, -2, 4, 1, -1]],
    },
    {
      id: 'three-features-offset',
      kind: 'edge',
      name: { en: 'three features with offsets: row exchanges at the first and the third column, each with a row further down', zh: '三个带偏移的特征：在第一列和第三列交换行，换上来的都是更靠下的一行' },
      call: 'normalEquation',
      args: [[[3, 8, 3], [1, 5, 6], [1, 5, 3], [2, 7, 5], [4, 5, 4], [1, 8, 2], [2, 8, 3]], [4, 2, 2, -1, 1, -4, 0]],
    },
    {
      id: 'three-features-mixed-signs',
      kind: 'edge',
      name: { en: 'three features of mixed signs: at the third column the diagonal entry is negative and smaller than the entry below it', zh: '三个符号各异的特征：在第三列，对角元为负且比它下方的元素小' },
      call: 'normalEquation',
      args: [[[1, 5, -3], [-3, 7, -1], [1, 7, -2], [-3, 8, -3], [1, 6, -4]], [3, 3, -1, -1, 4]],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random noisy problems', zh: '随机的带噪声问题' },
      call: 'normalEquation',
      count: 8,
      generate: (rng) => {
        const n = rng.int(1, 5);
        return wellConditioned(rng, rng.int(n + 3, 25), n, rng.pick([0, 0.1, 1]));
      },
    },

    // ---- singular problems: the columns of [1, X] are exactly linearly dependent ----
    {
      id: 'singular-constant-tenths',
      kind: 'error',
      name: { en: 'a constant feature of 0.1 (rounding leaves a tiny nonzero pivot)', zh: '值为 0.1 的常数特征（舍入后留下一个极小的非零主元）' },
      call: 'normalEquation',
      args: [[[0.3, 0.1], [0.7, 0.1], [1.9, 0.1], [2.3, 0.1], [1.1, 0.1]], [1, 2, 3, 4, 5]],
      throws: 'singular',
    },
    {
      id: 'singular-duplicated-feature',
      kind: 'error',
      name: { en: 'a duplicated feature', zh: '一个重复的特征' },
      call: 'normalEquation',
      args: [[[0.3, 5, 0.3], [0.7, 2, 0.7], [1.9, 4, 1.9], [2.3, 1, 2.3], [1.2, 3, 1.2]], [1, 2, 3, 4, 5]],
      throws: 'singular',
    },
    {
      id: 'singular-affine-sizes',
      kind: 'error',
      name: { en: 'house sizes in sq ft and a feature equal to 3·size + 7 (large values, dependent columns)', zh: '以平方英尺计的面积和一个等于 3·面积 + 7 的特征（数值大、列线性相关）' },
      call: 'normalEquation',
      args: [
        [
          [2104, 6319],
          [1416, 4255],
          [1534, 4609],
          [852, 2563],
          [1940, 5827],
          [3000, 9007],
        ],
        [460, 232, 315, 178, 400, 540],
      ],
      throws: 'singular',
    },
    {
      id: 'singular-sum-of-features',
      kind: 'error',
      name: { en: 'a feature that is the sum of two others', zh: '一个特征等于另外两个之和' },
      call: 'normalEquation',
      args: [
        [
          [0.25, 0.5, 0.75],
          [1.5, -0.125, 1.375],
          [2, 0.375, 2.375],
          [-1.25, 0.5, -0.75],
          [0.625, 1.25, 1.875],
        ],
        [1, 2, 3, 4, 5],
      ],
      throws: 'singular',
    },
    {
      id: 'singular-zero-feature',
      kind: 'error',
      name: { en: 'a feature that is 0 for every example', zh: '一个在每个样本上都为 0 的特征' },
      call: 'normalEquation',
      args: [[[0.5, 0], [0.7, 0], [0.1, 0], [1.3, 0]], [1, 2, 3, 4]],
      throws: 'singular',
    },
    {
      id: 'singular-too-few-examples',
      kind: 'error',
      name: { en: 'two examples for two features (fewer than n + 1)', zh: '两个特征只有两个样本（少于 n + 1）' },
      call: 'normalEquation',
      args: [[[0.3, 1.7], [2.9, -0.4]], [1, 2]],
      throws: 'singular',
    },
    {
      id: 'singular-three-by-three',
      kind: 'error',
      name: { en: 'three examples for three features (fewer than n + 1)', zh: '三个特征只有三个样本（少于 n + 1）' },
      call: 'normalEquation',
      args: [[[1.1, 0.3, 0.7], [0.2, 1.3, 0.6], [2.5, 0.9, 1.4]], [1, 2, 3]],
      throws: 'singular',
    },
    {
      id: 'singular-one-example',
      kind: 'error',
      name: { en: 'a single example', zh: '只有一个样本' },
      call: 'normalEquation',
      args: [[[0.3, 1.7]], [1]],
      throws: 'singular',
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 20:21 < → <=': 'the extra row M[p] is never read: the pivot search and elimination stop at p − 1',
    'constant 21:31 1 → 2': 'the extra column M[·][p + 1] is never read: the right-hand side is column p',
    'constant 31:15 0 → 1': 'scale is at least M[0][0] = m ≥ 1 anyway (the column of ones)',
    'constant 32:16 0 → 1': 'leaving M[0][0] = m out only lowers the bar: a singular system\'s leftover pivot is ~1e-16 of the feature entries it comes from, still far below 1e-10 of their Σx², and a well-posed one has none',
    'math 32:55 Math.abs → (removed)': 'the diagonal entries of AᵀA are sums of squares, never negative',
    'constant 37:22 1 → 0': 'comparing the pivot row with itself changes nothing',
    'relational 37:27 < → >': 'no pivot search: elimination without row exchanges on the symmetric positive (semi)definite AᵀA pivots on its Schur complements, which are ≥ λmin when well-posed and ~1e-16·scale in a dependent column, so it solves and detects singularity as well',
    'index 37:55 c → c - 1': 'compares the rounding leftovers (or, at c = 0, undefined) of the column just eliminated with the pivot: no row exchange ever happens, and elimination without row exchanges on AᵀA solves and detects singularity as well (Schur complements)',
    'boundary 37:59 > → >=': 'on a tie the other row has the same |entry|: an equally good pivot',
    'boundary 38:32 > → >=': 'a pivot exactly 1e-10·scale never occurs: well-posed pivots are ≥ scale/cond(AᵀA) > 1e-5·scale, singular leftovers ~1e-16·scale, and scale ≥ m ≥ 1',
    'statement 41:5 [M[c], M[best]] = [M[best], M[c]]; → (removed)': 'without the exchange the elimination pivots on the diagonal of AᵀA\'s Schur complements: ≥ λmin when well-posed, and in a dependent column the whole column (hence the tested max) is a ~1e-16·scale leftover',
    'guard 44:7 if (f === 0) → (removed)': 'subtracting 0 times the pivot row changes nothing: the guard only saves time',
    'constant 50:35 0 → 1': 'back substitution reads theta[k] only for k > r, which are already solved',
    'constant 53:22 1 → 0': 'theta[r] is still 0 when row r is substituted, so the extra term is 0',
  },
});
