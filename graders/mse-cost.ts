import { defineGrader } from '../src/lib/engine/grader';

export default defineGrader({
  checks: [
    {
      id: 'two-houses',
      kind: 'example',
      name: { en: 'two houses, one feature (the worked example)', zh: '两套房子、一个特征（例题）' },
      call: 'computeCost',
      args: [[[1.0], [2.0]], [300, 500], [150], 100],
    },
    {
      id: 'three-examples-two-features',
      kind: 'example',
      name: { en: 'three examples, two features', zh: '三个样本、两个特征' },
      call: 'computeCost',
      args: [[[1, 2], [2, 0], [3, 1]], [4, 1, 5], [1, 1], 0.5],
    },
    {
      id: 'perfect-fit',
      kind: 'edge',
      name: { en: 'a perfect fit: the cost is exactly 0', zh: '完美拟合：代价恰好为 0' },
      call: 'computeCost',
      // y = X·w + b exactly, in integers: every error is exactly 0, whatever the summation order.
      args: [[[1, 2], [3, -1], [0, 4], [2, 2]], [3, 10, -1, 5], [2, -1], 3],
      tolerance: { rtol: 0, atol: 0 },
    },
    {
      id: 'batch-of-one',
      kind: 'edge',
      name: { en: 'a batch of one example', zh: '只有一个样本的批量' },
      call: 'computeCost',
      args: [[[2, -3, 0.5]], [4], [1.5, 0.25, -2], 0.75],
    },
    {
      id: 'zero-weights',
      kind: 'edge',
      name: { en: 'all weights zero: every prediction is b', zh: '权重全为零：每个预测都是 b' },
      call: 'computeCost',
      args: [[[3, -1, 2], [0.5, 7, -4], [1, 1, 1]], [2, -1, 0.5], [0, 0, 0], 1.5],
    },
    {
      id: 'zero-model',
      kind: 'edge',
      name: { en: 'weights and bias zero: J = Σ y² / (2m)', zh: '权重和偏置都为零：J = Σ y² / (2m)' },
      call: 'computeCost',
      args: [[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]], [1, -2, 3, -4, 5], [0, 0], 0],
    },
    {
      id: 'many-features',
      kind: 'hidden',
      name: { en: 'thirty examples with eight features', zh: '三十个样本、八个特征' },
      call: 'computeCost',
      generate: (rng) => [rng.matrix(30, 8, -5, 5), rng.vector(30, -20, 20), rng.vector(8, -2, 2), rng.uniform(-3, 3)],
    },
    {
      id: 'large-values',
      kind: 'hidden',
      name: { en: 'house prices in dollars (large values)', zh: '以美元计的房价（数值很大）' },
      call: 'computeCost',
      generate: (rng) => {
        const X = rng.matrix(7, 2, 500, 4000);
        const y = X.map((r) => 150 * r[0] + 20 * r[1] + rng.uniform(-5e4, 5e4) + 5e4);
        return [X, y, [rng.uniform(100, 200), rng.uniform(0, 50)], rng.uniform(1e4, 1e5)];
      },
    },
    {
      id: 'one-feature-many-examples',
      kind: 'hidden',
      name: { en: 'one feature, a hundred examples', zh: '一个特征、一百个样本' },
      call: 'computeCost',
      generate: (rng) => {
        const X = rng.matrix(100, 1, 0, 10);
        const y = X.map((r) => 3 * r[0] - 2 + rng.normal(0, 1));
        return [X, y, [rng.uniform(2, 4)], rng.uniform(-3, 0)];
      },
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data', zh: '随机数据' },
      call: 'computeCost',
      count: 8,
      generate: (rng) => {
        const m = rng.int(1, 15);
        const n = rng.int(1, 6);
        return [rng.matrix(m, n, -5, 5), rng.vector(m, -10, 10), rng.vector(n, -2, 2), rng.uniform(-3, 3)];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'negation 16:17 f - y[i] → -(f - y[i])': 'the error is only used squared',
  },
});
