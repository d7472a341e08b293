import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const LOG_ZERO = 'Infinity: log(0) — clamp each log at −100 as PyTorch does, Math.max(Math.log(p), -100) (unclamped, 0·log(0) is NaN)';
const OVERFLOW = 'exp overflowed — use log-sum-exp: log_softmax(z) = z − (max + log Σ_k e^(z_k − max))';

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
    { id: 'l1-example', kind: 'example', name: 'l1Loss of two vectors', call: 'l1Loss', args: [[1, 2, 3], [1.5, 2, 1]] },
    { id: 'l1-matrix', kind: 'edge', name: 'l1Loss of two 3×2 matrices (mean over all 6 elements)', call: 'l1Loss', args: [[[1, -2], [0.5, 4], [3, 3]], [[0, -2], [1.5, 1], [-1, 3]]] },
    { id: 'l1-identical', kind: 'edge', name: 'l1Loss of identical inputs (0)', call: 'l1Loss', args: [[[2, -1, 7]], [[2, -1, 7]]] },
    { id: 'l1-single', kind: 'edge', name: 'l1Loss of 1×1 matrices', call: 'l1Loss', args: [[[-2]], [[3]]] },
    { id: 'l1-random', kind: 'random', name: 'l1Loss of random vectors and matrices', call: 'l1Loss', count: 4, generate: pair },

    // ---- mseLoss
    { id: 'mse-example', kind: 'example', name: 'mseLoss of two 2×2 matrices', call: 'mseLoss', args: [[[1, 2], [3, 4]], [[1, 0], [5, 3]]] },
    { id: 'mse-vector', kind: 'edge', name: 'mseLoss of two vectors', call: 'mseLoss', args: [[0.5, -1, 2, 4], [1, 1, 2, -2]] },
    { id: 'mse-identical', kind: 'edge', name: 'mseLoss of identical inputs (0)', call: 'mseLoss', args: [[[1.5], [-3]], [[1.5], [-3]]] },
    { id: 'mse-single', kind: 'edge', name: 'mseLoss of one-element vectors', call: 'mseLoss', args: [[4], [1]] },
    { id: 'mse-random', kind: 'random', name: 'mseLoss of random vectors and matrices', call: 'mseLoss', count: 4, generate: pair },

    // ---- nllLoss
    {
      id: 'nll-example',
      kind: 'example',
      name: 'nllLoss with class weights (divided by Σ w[y_i])',
      call: 'nllLoss',
      args: [[[-0.5, -1], [-2, -0.1]], [0, 1], [1, 3]],
    },
    { id: 'nll-unweighted', kind: 'edge', name: 'nllLoss without weights (the plain mean)', call: 'nllLoss', args: [[[-0.5, -1], [-2, -0.1]], [0, 1]] },
    {
      id: 'nll-batch-of-one-weighted',
      kind: 'edge',
      name: 'nllLoss of a batch of one with a weight (the weight cancels)',
      call: 'nllLoss',
      args: [[[-1.2, -0.8, -1.4]], [2], [0.5, 1, 4]],
    },
    {
      id: 'nll-same-class-weighted',
      kind: 'edge',
      name: 'nllLoss with weights, every target the same class (the weights cancel)',
      call: 'nllLoss',
      args: [logSoftmaxRows([[1, 2, 0], [0.5, -1, 2], [3, 0, 0]]), [1, 1, 1], [2, 0.25, 5]],
    },
    {
      id: 'nll-unit-weights',
      kind: 'edge',
      name: 'nllLoss with every weight 1 (same as unweighted)',
      call: 'nllLoss',
      args: [logSoftmaxRows([[1, 2, 0], [0.5, -1, 2], [3, 0, 0], [0, 0, 1]]), [0, 2, 1, 2], [1, 1, 1]],
    },
    {
      id: 'nll-zero-weight-class',
      kind: 'edge',
      name: 'nllLoss with a class of weight 0 among the targets',
      call: 'nllLoss',
      args: [logSoftmaxRows([[1, 2, 0], [0.5, -1, 2], [3, 0, 0], [0, 0, 1]]), [0, 2, 1, 2], [1.5, 0, 2]],
    },
    {
      id: 'nll-random',
      kind: 'random',
      name: 'nllLoss of random log-probabilities, no weights',
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
      name: 'nllLoss of random log-probabilities with class weights',
      call: 'nllLoss',
      count: 4,
      generate: (rng) => {
        const { logits, target, weight } = classification(rng, rng.int(2, 10), rng.int(2, 6), 2);
        return [logSoftmaxRows(logits), target, weight];
      },
    },

    // ---- crossEntropyLoss
    { id: 'ce-example', kind: 'example', name: 'crossEntropyLoss of two rows of logits', call: 'crossEntropyLoss', args: [[[2, 0], [0, 0]], [0, 1]] },
    { id: 'ce-weighted', kind: 'edge', name: 'crossEntropyLoss with class weights', call: 'crossEntropyLoss', args: [[[2, 0], [0, 0]], [0, 1], [1, 3]] },
    {
      id: 'ce-saturated',
      kind: 'edge',
      name: 'crossEntropyLoss of logits ±1000',
      call: 'crossEntropyLoss',
      args: [[[1000, 0, -1000], [0, 1000, -1000]], [0, 2]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'ce-saturated-weighted',
      kind: 'edge',
      name: 'crossEntropyLoss of logits ±1000 with class weights',
      call: 'crossEntropyLoss',
      args: [[[1000, 0, -1000], [0, 1000, -1000], [-1000, -1000, 1000]], [1, 1, 2], [1, 2, 0.5]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'ce-equal-logits',
      kind: 'edge',
      name: 'crossEntropyLoss of equal logits (log C)',
      call: 'crossEntropyLoss',
      args: [[[3, 3, 3, 3, 3], [0, 0, 0, 0, 0]], [4, 0]],
    },
    { id: 'ce-batch-of-one', kind: 'edge', name: 'crossEntropyLoss of a batch of one', call: 'crossEntropyLoss', args: [[[0.3, -1.1, 2.4, 0]], [1]] },
    {
      id: 'ce-many-classes',
      kind: 'hidden',
      name: 'crossEntropyLoss of 40 examples and 10 classes with class weights',
      call: 'crossEntropyLoss',
      generate: (rng) => {
        const { logits, target, weight } = classification(rng, 40, 10, 3);
        return [logits, target, weight];
      },
    },
    {
      id: 'ce-random',
      kind: 'random',
      name: 'crossEntropyLoss of random logits, no weights',
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
      name: 'crossEntropyLoss of random logits with class weights',
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
      name: 'bceLoss with a probability of exactly 0 (its log is clamped at −100)',
      call: 'bceLoss',
      args: [[0.9, 0.2, 0], [1, 0, 1]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-exact-correct',
      kind: 'edge',
      name: 'bceLoss of probabilities exactly 0 and 1, all right (loss 0)',
      call: 'bceLoss',
      args: [[0, 1, 0, 1], [0, 1, 0, 1]],
      nonFiniteHint: 'NaN: 0·log(0) = 0·(−Infinity) — clamp each log at −100 as PyTorch does, then 0·(−100) = 0',
    },
    {
      id: 'bce-exact-wrong',
      kind: 'edge',
      name: 'bceLoss of probabilities exactly 0 and 1, all wrong (loss 100)',
      call: 'bceLoss',
      args: [[0, 1], [1, 0]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-tiny-p',
      kind: 'edge',
      name: 'bceLoss with p = 1e-50 (log p = −115 is clamped to −100)',
      call: 'bceLoss',
      args: [[1e-50, 0.5], [1, 0]],
    },
    {
      id: 'bce-soft-targets',
      kind: 'edge',
      name: 'bceLoss with soft targets between 0 and 1',
      call: 'bceLoss',
      args: [[0.7, 0, 0.4, 1], [0.25, 0.3, 1, 0.9]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-weighted',
      kind: 'edge',
      name: 'bceLoss with per-element weights (mean over the elements)',
      call: 'bceLoss',
      args: [[0.9, 0.2, 0], [1, 0, 1], [2, 1, 0.5]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-zero-weights',
      kind: 'edge',
      name: 'bceLoss with weights of 0 on saturated elements',
      call: 'bceLoss',
      args: [[0.6, 0, 1, 0.3], [1, 1, 0, 0], [1.5, 0, 0, 2]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'bce-random',
      kind: 'random',
      name: 'bceLoss of random probabilities, no weights',
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
      name: 'bceLoss of random probabilities with weights',
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
