import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const LOG0 = {
  en: 'log(0) gave -Infinity: compute the cost from z with the softplus form log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z',
  zh: 'log(0) 得到了 -Infinity：请直接由 z 用 softplus 形式计算代价：log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z',
};


const labels = (rng: Rng, m: number) => Array.from({ length: m }, () => rng.int(0, 1));

/** A data set whose logits z = X·w + b stay moderate (|z| ≲ 8), so any careful formula agrees. */
function moderate(rng: Rng, m: number, n: number): unknown[] {
  const X = rng.matrix(m, n, -2, 2);
  const w = rng.vector(n, -2, 2).map((v) => v / Math.sqrt(n));
  return [X, labels(rng, m), w, rng.uniform(-1, 1)];
}

const LAB_X = [[0.5, 1.5], [1, 1], [1.5, 0.5], [3, 0.5], [2, 2], [1, 2.5]];
const LAB_Y = [0, 0, 0, 1, 1, 1];

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'six examples, two features (the worked example)', zh: '六个样本、两个特征（例题）' }, call: 'logisticCost', args: [LAB_X, LAB_Y, [1, 1], -3] },
    { id: 'one-feature', kind: 'example', name: { en: 'two examples, one feature', zh: '两个样本、一个特征' }, call: 'logisticCost', args: [[[0], [2]], [0, 1], [1], -1] },
    {
      id: 'confidently-wrong',
      kind: 'example',
      name: { en: 'a confidently wrong prediction, z = 1000: the loss is 1000, not Infinity', zh: '一个很自信的错误预测，z = 1000：损失是 1000，不是 Infinity' },
      call: 'logisticCost',
      args: [[[10]], [0], [100], 0],
      nonFiniteHint: LOG0,
    },

    {
      id: 'saturated-right',
      kind: 'edge',
      name: { en: 'saturated predictions (z = ±1000) with the right labels: cost 0, not NaN', zh: '标签正确的饱和预测（z = ±1000）：代价为 0，不是 NaN' },
      call: 'logisticCost',
      args: [[[10], [-10]], [1, 0], [100], 0],
      nonFiniteHint: LOG0,
    },
    {
      id: 'saturated-wrong',
      kind: 'edge',
      name: { en: 'saturated predictions (z = ±1000) with the wrong labels: cost 1000, not Infinity', zh: '标签错误的饱和预测（z = ±1000）：代价为 1000，不是 Infinity' },
      call: 'logisticCost',
      args: [[[10], [-10]], [0, 1], [100], 0],
      nonFiniteHint: LOG0,
    },
    {
      id: 'saturated-mixed',
      kind: 'edge',
      name: { en: 'one saturated right, one saturated wrong and two ordinary predictions', zh: '一个饱和且正确、一个饱和且错误，外加两个普通预测' },
      call: 'logisticCost',
      args: [[[10, 0], [0, -10], [0.01, 0.005], [-0.02, 0.0025]], [1, 1, 0, 1], [100, 100], 0],
      nonFiniteHint: LOG0,
    },
    {
      id: 'confident-40',
      kind: 'edge',
      name: { en: 'confident predictions, z = ±40 (σ rounds to exactly 1), both labels', zh: '很自信的预测，z = ±40（σ 舍入后恰为 1），两种标签都有' },
      call: 'logisticCost',
      args: [[[4], [-4], [4], [-4]], [1, 0, 0, 1], [10], 0],
      nonFiniteHint: LOG0,
    },
    {
      id: 'saturated-by-bias',
      kind: 'edge',
      name: { en: 'a bias of −1000 and mixed labels', zh: '偏置为 −1000，标签有 0 有 1' },
      call: 'logisticCost',
      args: [[[1, 2], [3, -1], [0, 0]], [0, 1, 0], [0.5, 0.25], -1000],
      nonFiniteHint: LOG0,
    },
    { id: 'zero-weights', kind: 'edge', name: { en: 'all weights and the bias zero: cost log 2', zh: '权重和偏置全为零：代价为 log 2' }, call: 'logisticCost', args: [[[1, 2], [-3, 4], [5, -6]], [1, 0, 1], [0, 0], 0] },
    { id: 'z-zero', kind: 'edge', name: { en: 'examples exactly on the boundary (z = 0)', zh: '恰好落在决策边界上的样本（z = 0）' }, call: 'logisticCost', args: [[[1, 2], [2, 1], [0, 0]], [1, 0, 0], [1, -1], 1] },
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one example', zh: '只有一个样本的批量' }, call: 'logisticCost', args: [[[0.5, -1.5, 2]], [1], [0.3, 0.2, -0.4], 0.1] },
    { id: 'all-ones', kind: 'edge', name: { en: 'every label 1', zh: '标签全为 1' }, call: 'logisticCost', args: [[[1, 0], [0, 1], [-1, -1], [2, 0.5]], [1, 1, 1, 1], [0.8, -0.6], 0.2] },
    { id: 'all-zeros', kind: 'edge', name: { en: 'every label 0', zh: '标签全为 0' }, call: 'logisticCost', args: [[[1, 0], [0, 1], [-1, -1], [2, 0.5]], [0, 0, 0, 0], [0.8, -0.6], 0.2] },
    { id: 'lab-other-bias', kind: 'hidden', name: { en: 'the worked example with b = −4', zh: 'b = −4 时的例题' }, call: 'logisticCost', args: [LAB_X, LAB_Y, [1, 1], -4] },
    {
      id: 'many-features',
      kind: 'hidden',
      name: { en: 'forty examples with eight features', zh: '四十个样本、八个特征' },
      call: 'logisticCost',
      generate: (rng) => moderate(rng, 40, 8),
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data', zh: '随机数据' },
      call: 'logisticCost',
      count: 8,
      generate: (rng) => moderate(rng, rng.int(2, 15), rng.int(1, 5)),
      nonFiniteHint: LOG0,
    },
    {
      id: 'random-saturated',
      kind: 'random',
      name: { en: 'random data with large weights (many saturated predictions)', zh: '权重很大的随机数据（许多预测饱和）' },
      call: 'logisticCost',
      count: 4,
      generate: (rng) => {
        const m = rng.int(3, 10);
        const n = rng.int(1, 4);
        return [rng.matrix(m, n, -1, 1), labels(rng, m), rng.vector(n, -800, 800), rng.uniform(-50, 50)];
      },
      nonFiniteHint: LOG0,
    },
  ],
});
