import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const TRAIN = { mode: 'train' };
const EVAL = { mode: 'eval' };
const EPS_HINT = { en: 'a column with variance 0 gives 0/0: add eps inside the square root, √(σ² + eps)', zh: '方差为 0 的列会得到 0/0：把 eps 加在平方根里面，√(σ² + eps)' };

// The worked example: column 0 has μ = 2, σ² = 2/3 (unbiased 1), column 1 μ = 5, σ² = 26/3 (unbiased 13).
const WORKED_Z = [
  [1, 2],
  [2, 4],
  [3, 9],
];
const FRESH = { mean: [0, 0], var: [1, 1] };

/** A batch whose columns have their own offset and spread (pre-activations of a layer). */
function batch(rng: Rng, m: number, n: number): number[][] {
  const cols = Array.from({ length: n }, () => {
    const mu = rng.uniform(-20, 20);
    const sd = 10 ** rng.uniform(-1, 1);
    return Array.from({ length: m }, () => mu + sd * rng.normal());
  });
  return Array.from({ length: m }, (_, i) => cols.map((c) => c[i]));
}

function runningStats(rng: Rng, n: number) {
  return { mean: rng.vector(n, -5, 5), var: rng.vector(n, 0.2, 6) };
}

/** Two training steps, then inference with the running statistics the learner returned. */
const TRAIN_THEN_EVAL = `(m, Z1, Z2, Ztest, gamma, beta, running, options) => {
  const a = m.batchNormForward(Z1, gamma, beta, running, { ...options, mode: 'train' });
  const b = m.batchNormForward(Z2, gamma, beta, a.running, { ...options, mode: 'train' });
  const c = m.batchNormForward(Ztest, gamma, beta, b.running, { ...options, mode: 'eval' });
  return { runningAfterStep1: a.running, runningAfterStep2: b.running, testOut: c.out };
}`;

export default defineGrader({
  checks: [
    {
      id: 'worked-example',
      kind: 'example',
      name: { en: "train mode on a 3×2 batch (the worked example)", zh: '3×2 批次上的训练模式（题中例子）' },
      call: 'batchNormForward',
      args: [WORKED_Z, [1, 2], [0, 0.5], FRESH, TRAIN],
    },
    {
      id: 'eval-example',
      kind: 'example',
      name: { en: 'eval mode: normalize with the running statistics', zh: '评估模式：用滑动统计量归一化' },
      call: 'batchNormForward',
      args: [[[3, -2], [1, -1.5], [-1, -2.5]], [1, 3], [0, -1], { mean: [1, -2], var: [4, 0.25] }, EVAL],
    },

    { id: 'train-batch-of-one', kind: 'error', name: { en: 'train mode with a batch of one row', zh: '只有一行的批次，训练模式' }, call: 'batchNormForward', args: [[[1, 2, 3]], [1, 1, 1], [0, 0, 0], { mean: [0, 0, 0], var: [1, 1, 1] }, TRAIN], throws: 'batch' },
    {
      id: 'eval-batch-of-one',
      kind: 'edge',
      name: { en: 'eval mode with a batch of one row (allowed: no batch statistics needed)', zh: '只有一行的批次，评估模式（允许：不需要批次统计量）' },
      call: 'batchNormForward',
      args: [[[1, 2, 3]], [2, 1, 0.5], [0, 1, -1], { mean: [0.5, 2, -3], var: [1, 9, 0.5] }, EVAL],
    },
    {
      id: 'two-rows',
      kind: 'edge',
      name: { en: 'a batch of two rows (the unbiased variance is twice the population one)', zh: '两行的批次（无偏方差是总体方差的两倍）' },
      call: 'batchNormForward',
      args: [[[1, 10], [3, 4]], [1, 1], [0, 0], { mean: [0, 0], var: [1, 1] }, TRAIN],
    },
    {
      id: 'constant-column',
      kind: 'edge',
      name: { en: 'a constant column in train mode (variance 0: out is β there)', zh: '训练模式下的常数列（方差为 0：该列输出为 β）' },
      call: 'batchNormForward',
      args: [[[5, 1, -2], [5, 2, -2], [5, 4, -2], [5, 7, -2]], [2, 1, 3], [0.5, 0, -1], { mean: [1, 1, 1], var: [2, 2, 2] }, TRAIN],
      nonFiniteHint: EPS_HINT,
    },
    {
      id: 'custom-eps-momentum',
      kind: 'edge',
      name: { en: 'train mode with eps = 0.5 and momentum = 0.3', zh: 'eps = 0.5、momentum = 0.3 的训练模式' },
      call: 'batchNormForward',
      args: [[[0.1, 2], [0.3, -1], [-0.2, 0.5], [0.4, 1.5]], [1, 0.5], [0, 2], { mean: [0.2, -1], var: [0.5, 3] }, { mode: 'train', eps: 0.5, momentum: 0.3 }],
    },
    {
      id: 'momentum-one',
      kind: 'edge',
      name: { en: 'momentum 1: the running statistics become the batch statistics (variance unbiased)', zh: 'momentum 1：滑动统计量变成批次统计量（方差为无偏估计）' },
      call: 'batchNormForward',
      args: [[[1, -4], [4, 0], [7, 2]], [1, 1], [0, 0], { mean: [10, 10], var: [10, 10] }, { mode: 'train', momentum: 1 }],
    },
    {
      id: 'momentum-zero',
      kind: 'edge',
      name: { en: 'momentum 0: the running statistics do not move', zh: 'momentum 0：滑动统计量不动' },
      call: 'batchNormForward',
      args: [[[1, -4], [4, 0], [7, 2]], [1.5, -1], [0.25, 0], { mean: [3, -1], var: [2, 5] }, { mode: 'train', momentum: 0 }],
    },
    {
      id: 'eval-custom-eps',
      kind: 'edge',
      name: { en: 'eval mode with eps = 0.1', zh: 'eps = 0.1 的评估模式' },
      call: 'batchNormForward',
      args: [[[2, 0], [0, 1], [1, -1]], [1, 2], [0, 0], { mean: [1, 0], var: [0.15, 0.4] }, { mode: 'eval', eps: 0.1 }],
    },
    {
      id: 'gamma-zero',
      kind: 'edge',
      name: { en: 'γ = 0 in one column: out is β there whatever the data', zh: '某列 γ = 0：无论数据如何，该列输出都是 β' },
      call: 'batchNormForward',
      args: [[[1, 2], [3, -2], [8, 0]], [0, 1], [0.7, 0], { mean: [0, 0], var: [1, 1] }, TRAIN],
    },

    {
      id: 'train-layer',
      kind: 'hidden',
      name: { en: 'train mode on a 16×5 batch of pre-activations', zh: '16×5 的激活前的值批次上的训练模式' },
      call: 'batchNormForward',
      generate: (rng) => [batch(rng, 16, 5), rng.vector(5, 0.5, 2), rng.vector(5, -1, 1), runningStats(rng, 5), TRAIN],
    },
    {
      id: 'eval-layer',
      kind: 'hidden',
      name: { en: 'eval mode on a 10×4 batch', zh: '10×4 批次上的评估模式' },
      call: 'batchNormForward',
      generate: (rng) => [batch(rng, 10, 4), rng.vector(4, 0.5, 2), rng.vector(4, -1, 1), runningStats(rng, 4), EVAL],
    },
    {
      id: 'train-then-eval',
      kind: 'hidden',
      name: { en: 'two training steps, then inference with the running statistics you returned', zh: '两步训练，然后用你返回的滑动统计量做推断' },
      run: TRAIN_THEN_EVAL,
      generate: (rng) => [batch(rng, 6, 3), batch(rng, 5, 3), batch(rng, 4, 3), rng.vector(3, 0.5, 2), rng.vector(3, -1, 1), { mean: [0, 0, 0], var: [1, 1, 1] }, { momentum: 0.2 }],
    },
    {
      id: 'random-train',
      kind: 'random',
      name: { en: 'train mode on random batches', zh: '随机批次上的训练模式' },
      call: 'batchNormForward',
      count: 6,
      generate: (rng) => {
        const m = rng.int(2, 10);
        const n = rng.int(1, 5);
        const options = rng.random() < 0.5 ? TRAIN : { mode: 'train', momentum: rng.pick([0.05, 0.1, 0.3, 0.5]), eps: rng.pick([1e-5, 1e-3, 0.1]) };
        return [batch(rng, m, n), rng.vector(n, -2, 2), rng.vector(n, -1, 1), runningStats(rng, n), options];
      },
      nonFiniteHint: EPS_HINT,
    },
    {
      id: 'random-eval',
      kind: 'random',
      name: { en: 'eval mode on random batches', zh: '随机批次上的评估模式' },
      call: 'batchNormForward',
      count: 4,
      generate: (rng) => {
        const m = rng.int(1, 8);
        const n = rng.int(1, 5);
        const options = rng.random() < 0.5 ? EVAL : { mode: 'eval', eps: rng.pick([1e-5, 1e-3, 0.1]) };
        return [batch(rng, m, n), rng.vector(n, -2, 2), rng.vector(n, -1, 1), runningStats(rng, n), options];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 26:21 < → <=': 'the statistics of a column n that does not exist (NaN) are never read: every later step maps over the n columns',
    'guard 21:3 if (mode !== \'train\') → (removed)': 'outside the contract: mode is \'train\' or \'eval\', and the statement promises no error for other modes',
  },
});
