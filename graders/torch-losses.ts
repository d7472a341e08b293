import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const LOG_ZERO = {
  en: 'Infinity: log(0) — clamp each log at −100 as PyTorch does, Math.max(Math.log(p), -100) (unclamped, 0·log(0) is NaN)',
  zh: 'Infinity：log(0)——像 PyTorch 那样把每个 log 截断在 −100：Math.max(Math.log(p), -100)（不截断的话 0·log(0) 是 NaN）',
};
const OVERFLOW = {
  en: 'exp overflowed — use log-sum-exp: log_softmax(z) = z − (max + log Σ_k e^(z_k − max))',
  zh: 'exp 溢出了——请用 log-sum-exp：log_softmax(z) = z − (max + log Σ_k e^(z_k − max))',
};

/** An m×n matrix or, half of the time, a vector of m·n numbers: the same shape for x and y. */
function pair(rng: Rng): [number[] | number[][], number[] | number[][]] {
  const m = rng.int(1, 6);
  const n = rng.int(1, 5);
  if (rng.random() < 0.5) return [rng.vector(m * n, -5, 5), rng.vector(m * n, -5, 5)];
  return [rng.matrix(m, n, -5, 5), rng.matrix(m, n, -5, 5)];
}

function logSoftmaxRows(Z: number[][]): number[][] {
  return Z.map((row) => {
    const max = Math.max(...row);
    const lse = max + Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    return row.map((z) => z - lse);
  });
}

/** Logits m×C (scale sd), targets, and class weights in [0.1, 3]. */
function classification(rng: Rng, m: number, C: number, sd: number) {
  const logits = rng.normalMatrix(m, C, sd);
  const target = Array.from({ length: m }, () => rng.int(0, C - 1));
  const weight = rng.vector(C, 0.1, 3);
  return { logits, target, weight };
}

/** Probabilities in (0.01, 0.99), targets 0/1 or soft, weights in [0, 2]. */
function binary(rng: Rng, m: number) {
  const p = rng.vector(m, 0.01, 0.99);
  const t = Array.from({ length: m }, () => (rng.random() < 0.3 ? rng.round(rng.uniform(0, 1), 2) : rng.int(0, 1)));
  const w = rng.vector(m, 0, 2);
  return { p, t, w };
}

export default defineGrader({
  checks: [
    // ---- l1Loss
    { id: 'l1-example', kind: 'example', name: { en: 'l1Loss of two vectors', zh: '两个向量的 l1Loss' }, call: 'l1Loss', args: [[1, 2, 3], [1.5, 2, 1]] },
    { id: 'l1-matrix', kind: 'edge', name: { en: 'l1Loss of two 3×2 matrices (mean over all 6 elements)', zh: '两个 3×2 矩阵的 l1Loss（对全部 6 个元素取平均）' }, call: 'l1Loss', args: [[[1, -2], [0.5, 4], [3, 3]], [[0, -2], [1.5, 1], [-1, 3]]] },
    { id: 'l1-identical', kind: 'edge', name: { en: 'l1Loss of identical inputs (0)', zh: '两个输入相同时的 l1Loss（0）' }, call: 'l1Loss', args: [[[2, -1, 7]], [[2, -1, 7]]] },
    { id: 'l1-single', kind: 'edge', name: { en: 'l1Loss of 1×1 matrices', zh: '1×1 矩阵的 l1Loss' }, call: 'l1Loss', args: [[[-2]], [[3]]] },
    { id: 'l1-random', kind: 'random', name: { en: 'l1Loss of random vectors and matrices', zh: '随机向量和矩阵的 l1Loss' }, call: 'l1Loss', count: 4, generate: pair },

    // ---- mseLoss
    { id: 'mse-example', kind: 'example', name: { en: 'mseLoss of two 2×2 matrices', zh: '两个 2×2 矩阵的 mseLoss' }, call: 'mseLoss', args: [[[1, 2], [3, 4]], [[1, 0], [5, 3]]] },
    { id: 'mse-vector', kind: 'edge', name: { en: 'mseLoss of two vectors', zh: '两个向量的 mseLoss' }, call: 'mseLoss', args: [[0.5, -1, 2, 4], [1, 1, 2, -2]] },
    { id: 'mse-identical', kind: 'edge', name: { en: 'mseLoss of identical inputs (0)', zh: '两个输入相同时的 mseLoss（0）' }, call: 'mseLoss', args: [[[1.5], [-3]], [[1.5], [-3]]] },
    { id: 'mse-single', kind: 'edge', name: { en: 'mseLoss of one-element vectors', zh: '只有一个元素的向量的 mseLoss' }, call: 'mseLoss', args: [[4], [1]] },
    { id: 'mse-random', kind: 'random', name: { en: 'mseLoss of random vectors and matrices', zh: '随机向量和矩阵的 mseLoss' }, call: 'mseLoss', count: 4, generate: pair },

    // ---- nllLoss
    {
      id: 'nll-example',
      kind: 'example',
      name: { en: 'nllLoss with class weights (divided by Σ w[y_i])', zh: '带类别权重的 nllLoss（除以 Σ w[y_i]）' },
      call: 'nllLoss',
      args: [[[-0.5, -1], [-2, -0.1]], [0, 1], [1, 3]],
    },
    { id: 'nll-unweighted', kind: 'edge', name: { en: 'nllLoss without weights (the plain mean)', zh: '不带权重的 nllLoss（普通平均）' }, call: 'nllLoss', args: [[[-0.5, -1], [-2, -0.1]], [0, 1]] },
    {
      id: 'nll-batch-of-one-weighted',
      kind: 'edge',
      name: { en: 'nllLoss of a batch of one with a weight (the weight cancels)', zh: '只有一个样本、带权重的 nllLoss（权重被约掉）' },
      call: 'nllLoss',
      args: [[[-1.2, -0.8, -1.4]], [2], [0.5, 1, 4]],
    },
    {
      id: 'nll-same-class-weighted',
      kind: 'edge',
      name: { en: 'nllLoss with weights, every target the same class (the weights cancel)', zh: '带权重、所有目标同属一个类别的 nllLoss（权重被约掉）' },
      call: 'nllLoss',
      args: [logSoftmaxRows([[1, 2, 0], [0.5, -1, 2], [3, 0, 0]]), [1, 1, 1], [2, 0.25, 5]],
    },
    {
      id: 'nll-unit-weights',
      kind: 'edge',
      name: { en: 'nllLoss with every weight 1 (same as unweighted)', zh: '权重全为 1 的 nllLoss（与不带权重相同）' },
      call: 'nllLoss',
      args: [logSoftmaxRows([[1, 2, 0], [0.5, -1, 2], [3, 0, 0], [0, 0, 1]]), [0, 2, 1, 2], [1, 1, 1]],
    },
    {
      id: 'nll-zero-weight-class',
      kind: 'edge',
      name: { en: 'nllLoss with a class of weight 0 among the targets', zh: '目标中有一个权重为 0 的类别的 nllLoss' },
      call: 'nllLoss',
      args: [logSoftmaxRows([[1, 2, 0], [0.5, -1, 2], [3, 0, 0], [0, 0, 1]]), [0, 2, 1, 2], [1.5, 0, 2]],
    },
    {
      id: 'nll-random',
      kind: 'random',
      name: { en: 'nllLoss of random log-probabilities, no weights', zh: '随机对数概率的 nllLoss，不带权重' },
      call: 'nllLoss',
      count: 4,
      generate: (rng) => {
        const { logits, target } = classification(rng, rng.int(1, 10), rng.int(2, 6), 2);
        return [logSoftmaxRows(logits), target];
      },
    },
    {
      id: 'nll-random-weighted',
      kind: 'random',
      name: { en: 'nllLoss of random log-probabilities with class weights', zh: '随机对数概率的 nllLoss，带类别权重' },
      call: 'nllLoss',
      count: 4,
      generate: (rng) => {
        const { logits, target, weight } = classification(rng, rng.int(2, 10), rng.int(2, 6), 2);
        return [logSoftmaxRows(logits), target, weight];
      },
    },

    // ---- crossEntropyLoss
    { id: 'ce-example', kind: 'example', name: { en: 'crossEntropyLoss of two rows of logits', zh: '两行 logit 的 crossEntropyLoss' }, call: 'crossEntropyLoss', args: [[[2, 0], [0, 0]], [0, 1]] },
    { id: 'ce-weighted', kind: 'edge', name: { en: 'crossEntropyLoss with class weights', zh: '带类别权重的 crossEntropyLoss' }, call: 'crossEntropyLoss', args: [[[2, 0], [0, 0]], [0, 1], [1, 3]] },
    {
      id: 'ce-saturated',
      kind: 'edge',
      name: { en: 'crossEntropyLoss of logits ±1000', zh: 'logit 为 ±1000 的 crossEntropyLoss' },
      call: 'crossEntropyLoss',
      args: [[[1000, 0, -1000], [0, 1000, -1000]], [0, 2]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'ce-saturated-weighted',
      kind: 'edge',
      name: { en: 'crossEntropyLoss of logits ±1000 with class weights', zh: 'logit 为 ±1000、带类别权重的 crossEntropyLoss' },
      call: 'crossEntropyLoss',
      args: [[[1000, 0, -1000], [0, 1000, -1000], [-1000, -1000, 1000]], [1, 1, 2], [1, 2, 0.5]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'ce-equal-logits',
      kind: 'edge',
      name: { en: 'crossEntropyLoss of equal logits (log C)', zh: 'logit 全相等时的 crossEntropyLoss（log C）' },
      call: 'crossEntropyLoss',
      args: [[[3, 3, 3, 3, 3], [0, 0, 0, 0, 0]], [4, 0]],
    },
    { id: 'ce-batch-of-one', kind: 'edge', name: { en: 'crossEntropyLoss of a batch of one', zh: '只有一个样本的 crossEntropyLoss' }, call: 'crossEntropyLoss', args: [[[0.3, -1.1, 2.4, 0]], [1]] },
    {
      id: 'ce-many-classes',
      kind: 'hidden',
      name: { en: 'crossEntropyLoss of 40 examples and 10 classes with class weights', zh: '40 个样本、10 个类别、带类别权重的 crossEntropyLoss' },
      call: 'crossEntropyLoss',
      generate: (rng) => {
        const { logits, target, weight } = classification(rng, 40, 10, 3);
        return [logits, target, weight];
      },
    },
    {
      id: 'ce-random',
      kind: 'random',
      name: { en: 'crossEntropyLoss of random logits, no weights', zh: '随机 logit 的 crossEntropyLoss，不带权重' },
      call: 'crossEntropyLoss',
      count: 4,
      generate: (rng) => {
        const { logits, target } = classification(rng, rng.int(1, 10), rng.int(2, 6), rng.uniform(0.5, 5));
        return [logits, target];
      },
    },
    {
      id: 'ce-random-weighted',
      kind: 'random',
      name: { en: 'crossEntropyLoss of random logits with class weights', zh: '随机 logit 的 crossEntropyLoss，带类别权重' },
      call: 'crossEntropyLoss',
      count: 4,
      generate: (rng) => {
        const { logits, target, weight } = classification(rng, rng.int(2, 10), rng.int(2, 6), rng.uniform(0.5, 5));
        return [logits, target, weight];
      },
    },

    // ---- bceLoss
    {
      id: 'bce-example',
      kind: 'example',
      name: { en: 'bceLoss with a probability of exactly 0 (its log is clamped at −100)', zh: '有概率恰为 0 的 bceLoss（它的 log 截断在 −100）' },
      call: 'bceLoss',
      args: [[0.9, 0.2, 0], [1, 0, 1]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-exact-correct',
      kind: 'edge',
      name: { en: 'bceLoss of probabilities exactly 0 and 1, all right (loss 0)', zh: '概率恰为 0 和 1 且全对的 bceLoss（损失 0）' },
      call: 'bceLoss',
      args: [[0, 1, 0, 1], [0, 1, 0, 1]],
      nonFiniteHint: {
        en: 'NaN: 0·log(0) = 0·(−Infinity) — clamp each log at −100 as PyTorch does, then 0·(−100) = 0',
        zh: 'NaN：0·log(0) = 0·(−Infinity)——像 PyTorch 那样把每个 log 截断在 −100，这样 0·(−100) = 0',
      },
    },
    {
      id: 'bce-exact-wrong',
      kind: 'edge',
      name: { en: 'bceLoss of probabilities exactly 0 and 1, all wrong (loss 100)', zh: '概率恰为 0 和 1 且全错的 bceLoss（损失 100）' },
      call: 'bceLoss',
      args: [[0, 1], [1, 0]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-tiny-p',
      kind: 'edge',
      name: { en: 'bceLoss with p = 1e-50 (log p = −115 is clamped to −100)', zh: 'p = 1e-50 的 bceLoss（log p = −115 被截断为 −100）' },
      call: 'bceLoss',
      args: [[1e-50, 0.5], [1, 0]],
    },
    {
      id: 'bce-soft-targets',
      kind: 'edge',
      name: { en: 'bceLoss with soft targets between 0 and 1', zh: '目标为 0 到 1 之间软标签的 bceLoss' },
      call: 'bceLoss',
      args: [[0.7, 0, 0.4, 1], [0.25, 0.3, 1, 0.9]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-weighted',
      kind: 'edge',
      name: { en: 'bceLoss with per-element weights (mean over the elements)', zh: '逐元素加权的 bceLoss（对元素取平均）' },
      call: 'bceLoss',
      args: [[0.9, 0.2, 0], [1, 0, 1], [2, 1, 0.5]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-zero-weights',
      kind: 'edge',
      name: { en: 'bceLoss with weights of 0 on saturated elements', zh: '饱和元素的权重为 0 的 bceLoss' },
      call: 'bceLoss',
      args: [[0.6, 0, 1, 0.3], [1, 1, 0, 0], [1.5, 0, 0, 2]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-random',
      kind: 'random',
      name: { en: 'bceLoss of random probabilities, no weights', zh: '随机概率的 bceLoss，不带权重' },
      call: 'bceLoss',
      count: 4,
      generate: (rng) => {
        const { p, t } = binary(rng, rng.int(1, 12));
        return [p, t];
      },
    },
    {
      id: 'bce-random-weighted',
      kind: 'random',
      name: { en: 'bceLoss of random probabilities with weights', zh: '随机概率的 bceLoss，带权重' },
      call: 'bceLoss',
      count: 4,
      generate: (rng) => {
        const { p, t, w } = binary(rng, rng.int(1, 12));
        return [p, t, w];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'constant 45:36 1 → 2': 'without weights every w doubles, in the numerator and in the denominator Σw alike',
  },
});
