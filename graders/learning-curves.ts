import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// Solving the (regularized) normal equations amplifies rounding by the condition number of
// AᵀA + λD; every well-posed case keeps it far below 1e6, so different correct solvers (Gaussian
// elimination in any order, Cholesky, Gauss–Jordan, an explicit inverse) agree to ~1e-10
// relative, while every known mistake moves the errors by more than 1e-4 relative. The statement's
// singular rule (a pivot at most 1e-10 of its own diagonal entry) is met by exactly singular
// systems only: every solvable case here has a condition number below 1e8 except
// 'large-feature-one-example' (about 1e13: a pivot test against the largest diagonal entry calls it
// singular after a row exchange), whose answer w = 0, b = 1 the statement's rule finds exactly.
// atol covers training errors that are 0 up to rounding (exact fits).
const TOLERANCE = { rtol: 1e-6, atol: 1e-9 };

type Data = [number[][], number[], number[][], number[]];

/** Training and cross-validation sets from one noisy linear model with n features. */
function linearData(rng: Rng, mtr: number, mcv: number, n: number, noise: number): Data {
  const w = rng.vector(n, -3, 3);
  const b = rng.uniform(-2, 2);
  const make = (m: number): [number[][], number[]] => {
    const X = rng.matrix(m, n, -2, 2);
    return [X, X.map((row) => row.reduce((s, x, j) => s + x * w[j], b) + noise * rng.normal())];
  };
  return [...make(mtr), ...make(mcv)] as Data;
}

/** The notes' overfitting picture: features x, x², x³, x⁴ of x in [−1, 1], a curved noisy target. */
function polynomialData(rng: Rng, mtr: number, mcv: number): Data {
  const make = (m: number): [number[][], number[]] => {
    const xs = rng.vector(m, -1, 1);
    return [xs.map((x) => [x, x ** 2, x ** 3, x ** 4]), xs.map((x) => Math.sin(3 * x) + 0.2 * rng.normal())];
  };
  return [...make(mtr), ...make(mcv)] as Data;
}

/** About `count` increasing sizes from lo to hi (hi included). */
function sizesBetween(lo: number, hi: number, count: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < count; i++) out.add(Math.round(lo + ((hi - lo) * i) / Math.max(1, count - 1)));
  return [...out].sort((a, b) => a - b);
}

// Twelve houses (size in 1000 sq ft → price in $100k) and six more for cross-validation.
const HOUSES_X = [[1.0], [1.5], [0.8], [2.1], [1.2], [1.8], [2.5], [0.9], [1.4], [2.0], [1.1], [1.6]];
const HOUSES_Y = [2.0, 2.9, 1.9, 4.0, 2.1, 3.7, 4.6, 1.6, 3.0, 3.6, 2.4, 3.1];
const HOUSES_CV_X = [[1.3], [2.2], [0.7], [1.7], [1.9], [2.4]];
const HOUSES_CV_Y = [2.5, 4.3, 1.5, 3.2, 3.9, 4.4];

export default defineGrader({
  tolerance: TOLERANCE,
  checks: [
    {
      id: 'four-points',
      kind: 'example',
      name: { en: 'four training points, one feature, λ = 0, sizes 2 and 4 (the worked example)', zh: '四个训练点、一个特征、λ = 0，大小 2 和 4（题中例子）' },
      call: 'learningCurve',
      args: [[[1], [2], [3], [4]], [1, 3, 2, 5], [[0], [5]], [0, 5], [2, 4], 0],
    },
    {
      id: 'houses-curve',
      kind: 'example',
      name: { en: 'house prices: sizes 1 to 12, λ = 0.5', zh: '房价：大小 1 到 12，λ = 0.5' },
      call: 'learningCurve',
      args: [HOUSES_X, HOUSES_Y, HOUSES_CV_X, HOUSES_CV_Y, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 0.5],
    },
    {
      id: 'four-points-regularized',
      kind: 'hidden',
      name: { en: 'the worked example with λ = 1', zh: 'λ = 1 的题中例子' },
      call: 'learningCurve',
      args: [[[1], [2], [3], [4]], [1, 3, 2, 5], [[0], [5]], [0, 5], [2, 4], 1],
    },
    {
      id: 'two-features-ridge',
      kind: 'hidden',
      name: { en: 'two features, twenty training examples, λ = 1', zh: '两个特征、二十个训练样本，λ = 1' },
      call: 'learningCurve',
      generate: (rng) => [...linearData(rng, 20, 10, 2, 0.5), [3, 5, 10, 15, 20], 1],
    },
    {
      id: 'polynomial-unregularized',
      kind: 'hidden',
      name: { en: 'degree-4 polynomial features, λ = 0 (high variance at small sizes)', zh: '4 次多项式特征，λ = 0（小规模时方差高）' },
      call: 'learningCurve',
      generate: (rng) => [...polynomialData(rng, 30, 15), [6, 8, 10, 15, 20, 30], 0],
    },
    {
      id: 'polynomial-regularized',
      kind: 'hidden',
      name: { en: 'degree-4 polynomial features, λ = 0.1', zh: '4 次多项式特征，λ = 0.1' },
      call: 'learningCurve',
      generate: (rng) => [...polynomialData(rng, 30, 15), [1, 3, 6, 10, 20, 30], 0.1],
    },
    {
      id: 'houses-strong-lambda',
      kind: 'hidden',
      name: { en: 'house prices with λ = 10 (high bias)', zh: 'λ = 10 的房价（偏差高）' },
      call: 'learningCurve',
      args: [HOUSES_X, HOUSES_Y, HOUSES_CV_X, HOUSES_CV_Y, [2, 4, 8, 12], 10],
    },
    {
      id: 'four-features-forty',
      kind: 'hidden',
      name: { en: 'four features, forty training examples, λ = 0.3', zh: '四个特征、四十个训练样本，λ = 0.3' },
      call: 'learningCurve',
      generate: (rng) => [...linearData(rng, 40, 20, 4, 1), [5, 10, 20, 30, 40], 0.3],
    },
    {
      id: 'huge-lambda',
      kind: 'edge',
      name: { en: 'λ = 10⁴: the weights shrink to almost 0, b is still fitted', zh: 'λ = 10⁴：权重缩小到几乎为 0，b 仍被拟合' },
      call: 'learningCurve',
      generate: (rng) => [...linearData(rng, 15, 8, 2, 0.3), [2, 8, 15], 1e4],
    },
    {
      id: 'one-example-regularized',
      kind: 'edge',
      name: { en: 'a single training example with λ = 1 (solvable thanks to λ)', zh: 'λ = 1 时只有一个训练样本（有 λ 才可解）' },
      call: 'learningCurve',
      args: [[[0.5, -1], [2, 1], [1, 0.5]], [3, -1, 2], [[1, 1], [0, 2]], [1, 0], [1], 1],
    },
    {
      id: 'duplicated-feature-regularized',
      kind: 'edge',
      name: { en: 'a duplicated feature with λ = 0.5 (solvable thanks to λ)', zh: 'λ = 0.5 时有重复特征（有 λ 才可解）' },
      call: 'learningCurve',
      args: [[[0.5, 0.5], [1.5, 1.5], [-1, -1], [2, 2], [0, 0]], [1, 2.5, -0.5, 3, 0.5], [[1, 1], [-0.5, -0.5]], [2, 0], [3, 5], 0.5],
    },
    {
      id: 'exact-fit',
      kind: 'edge',
      name: { en: 'λ = 0 and s = n + 1: the fit passes through every training point (training error 0)', zh: 'λ = 0 且 s = n + 1：拟合经过每个训练点（训练误差为 0）' },
      call: 'learningCurve',
      args: [[[0.5, 1.5], [2, -1], [-1.5, 0.25], [1, 1]], [4, -2, 7.5, 1], [[0, 0], [1, -1], [2, 2]], [3, 0, 1], [3, 4], 0],
    },
    {
      id: 'large-feature-one-example',
      kind: 'edge',
      name: {
        en: 'one example with a feature of 1000 and λ = 0.1: solvable (w = 0, b = 1), whatever the order of the rows',
        zh: '一个样本、特征为 1000、λ = 0.1：可解（w = 0，b = 1），与行的顺序无关',
      },
      call: 'learningCurve',
      args: [[[1000]], [1], [[0]], [0], [1], 0.1],
    },
    {
      id: 'one-size-all-rows',
      kind: 'edge',
      name: { en: 'a single size: all the training rows', zh: '单个大小：全部训练行' },
      call: 'learningCurve',
      args: [HOUSES_X, HOUSES_Y, HOUSES_CV_X, HOUSES_CV_Y, [12], 0.5],
    },
    {
      id: 'unsorted-sizes',
      kind: 'edge',
      name: { en: 'sizes not in increasing order (each is fitted on its own)', zh: '大小不按递增顺序（每个单独拟合）' },
      call: 'learningCurve',
      args: [HOUSES_X, HOUSES_Y, HOUSES_CV_X, HOUSES_CV_Y, [8, 3, 12, 3], 0.5],
    },
    {
      id: 'one-cv-example',
      kind: 'edge',
      name: { en: 'a cross-validation set of one example', zh: '只有一个样本的交叉验证集' },
      call: 'learningCurve',
      args: [HOUSES_X, HOUSES_Y, [[1.5]], [3.3], [2, 6, 12], 1],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data sets and λ', zh: '随机数据集与 λ' },
      call: 'learningCurve',
      count: 6,
      generate: (rng) => {
        const n = rng.int(1, 4);
        const lambda = rng.pick([0, 0.01, 0.1, 1, 10]);
        const mtr = rng.int(n + 4, 40);
        const lo = lambda === 0 ? n + 2 : rng.int(1, n + 1);
        return [...linearData(rng, mtr, rng.int(1, 20), n, rng.pick([0.1, 0.5, 2])), sizesBetween(lo, mtr, 5), lambda];
      },
    },

    // ---- singular systems: λ = 0 and the columns of [1, X] (first s rows) linearly dependent ----
    {
      id: 'singular-too-few-examples',
      kind: 'error',
      name: { en: 'λ = 0 and two examples for two features (fewer than n + 1)', zh: 'λ = 0，两个特征却只有两个样本（少于 n + 1）' },
      call: 'learningCurve',
      args: [[[1, 2], [3, -1], [0, 4], [2, 2], [-1, 1]], [1, 2, 3, 4, 5], [[1, 1]], [2], [2, 5], 0],
      throws: 'singular',
    },
    {
      id: 'singular-one-example',
      kind: 'error',
      name: { en: 'λ = 0 and a single training example', zh: 'λ = 0 且只有一个训练样本' },
      call: 'learningCurve',
      args: [[[2], [3], [5]], [1, 2, 4], [[1]], [0], [1, 3], 0],
      throws: 'singular',
    },
    {
      id: 'singular-later-size',
      kind: 'error',
      name: { en: 'λ = 0: the first size is fine, a later one has too few examples', zh: 'λ = 0：第一个大小没问题，后面某个大小样本太少' },
      call: 'learningCurve',
      args: [[[1, 2], [3, -1], [0, 4], [2, 2], [-1, 1]], [1, 2, 3, 4, 5], [[1, 1]], [2], [5, 2], 0],
      throws: 'singular',
    },
    {
      id: 'singular-duplicated-feature',
      kind: 'error',
      name: { en: 'λ = 0 and a duplicated feature', zh: 'λ = 0 且有重复特征' },
      call: 'learningCurve',
      args: [[[1, 1], [2, 2], [4, 4], [-1, -1], [3, 3]], [1, 2, 3, 4, 5], [[0, 0]], [1], [5], 0],
      throws: 'singular',
    },
    {
      id: 'singular-constant-feature',
      kind: 'error',
      name: { en: 'λ = 0 and a feature that is 2 for every example', zh: 'λ = 0 且某个特征对每个样本都是 2' },
      call: 'learningCurve',
      args: [[[1, 2], [3, 2], [-2, 2], [5, 2]], [1, 2, 3, 4], [[0, 2]], [1], [4], 0],
      throws: 'singular',
    },
    {
      id: 'singular-decimal-constant-feature',
      kind: 'error',
      name: {
        en: 'λ = 0 and a feature that is 0.1 for every example (rounding leaves a tiny pivot that is not exactly 0)',
        zh: 'λ = 0 且某个特征对每个样本都是 0.1（舍入误差留下一个极小但不恰好为 0 的主元）',
      },
      call: 'learningCurve',
      args: [[[0.5, 0.1], [1.5, 0.1], [-1, 0.1], [2, 0.1], [3, 0.1]], [-0.5, -1.5, -2.5, -0.5, -1.5], [[0, 0.1]], [1], [3], 0],
      throws: 'singular',
    },
    {
      id: 'singular-large-decimal-constant-feature',
      kind: 'error',
      name: {
        en: 'λ = 0 and a feature that is 1000.3 for every example (the tiny pivot left by rounding is compared with a large diagonal entry)',
        zh: 'λ = 0 且某个特征对每个样本都是 1000.3（舍入留下的极小主元要和一个很大的对角元比较）',
      },
      call: 'learningCurve',
      args: [[[0.5, 1000.3], [1.5, 1000.3], [-1, 1000.3], [2, 1000.3], [3, 1000.3]], [0.5, 1.5, 2.5, 0.5, 1.5], [[0, 1000.3]], [1], [3], 0],
      throws: 'singular',
    },
    {
      id: 'singular-zero-feature',
      kind: 'error',
      name: { en: 'λ = 0 and a feature that is 0 for every example (a diagonal entry of 0)', zh: 'λ = 0 且某个特征对每个样本都是 0（对角元为 0）' },
      call: 'learningCurve',
      args: [[[1, 0], [2, 0], [3, 0], [4, 0]], [1, 2, 3, 5], [[0, 0]], [1], [4], 0],
      throws: 'singular',
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 20:21 < → <=': 'the extra row M[p] is never read: accumulation, elimination and substitution stop at p − 1',
    'constant 20:52 1 → 2': 'the extra column M[·][p + 1] is never read: the right-hand side is column p',
    'constant 44:35 0 → 1': 'back substitution reads theta[k] only for k > r, which are already solved',
    'constant 47:22 1 → 0': 'theta[r] is still 0 when row r is substituted, so the extra term is 0',
  },
});
