import { defineGrader } from '../src/lib/engine/grader';

// Two houses (size in 1000 sq ft → price in $1000s), the data of the worked example.
const HOUSES_X = [[1.0], [2.0]];
const HOUSES_Y = [300, 500];

export default defineGrader({
  checks: [
    {
      id: 'two-houses-one-step',
      kind: 'example',
      name: { en: 'two houses, one update (the worked example)', zh: '两套房子、一次更新（例题）' },
      call: 'gradientDescent',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.1, 1],
    },
    {
      id: 'two-houses-three-steps',
      kind: 'example',
      name: { en: 'two houses, three updates', zh: '两套房子、三次更新' },
      call: 'gradientDescent',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.1, 3],
    },
    {
      id: 'two-features-ten-steps',
      kind: 'hidden',
      name: { en: 'four examples, two features, ten updates', zh: '四个样本、两个特征、十次更新' },
      call: 'gradientDescent',
      args: [[[1, 2], [2, 0], [3, 1], [0, 1]], [4, 1, 5, 2], [0, 0], 0, 0.05, 10],
    },
    {
      id: 'zero-iterations',
      kind: 'edge',
      name: { en: 'iters = 0: w0 and b0 come back, the history holds only J(w0, b0)', zh: 'iters = 0：原样返回 w0 和 b0，history 中只有 J(w0, b0)' },
      call: 'gradientDescent',
      args: [[[1, 2], [2, 0], [3, 1]], [4, 1, 5], [0.5, -0.25], 1, 0.1, 0],
    },
    {
      id: 'zero-learning-rate',
      kind: 'edge',
      name: { en: 'alpha = 0: the parameters never move, the cost stays the same', zh: 'alpha = 0：参数始终不动，代价保持不变' },
      call: 'gradientDescent',
      args: [[[1, 2], [2, 0], [3, 1]], [4, 1, 5], [0.5, -0.25], 1, 0, 4],
    },
    {
      id: 'batch-of-one',
      kind: 'edge',
      name: { en: 'a batch of one example', zh: '只有一个样本的批量' },
      call: 'gradientDescent',
      args: [[[2, -1]], [3], [0.5, 0.5], 0, 0.1, 5],
    },
    {
      id: 'nonzero-start',
      kind: 'edge',
      name: { en: 'starting from nonzero weights and bias', zh: '从非零的权重和偏置出发' },
      call: 'gradientDescent',
      args: [[[0.5], [1.5], [-1], [2], [3]], [1, 2, -3, 4, 2.5], [-1.5], 2, 0.1, 6],
    },
    {
      id: 'at-optimum',
      kind: 'edge',
      name: { en: 'starting at the least-squares optimum: nothing moves', zh: '从最小二乘最优点出发：什么都不动' },
      call: 'gradientDescent',
      args: [[[0], [1], [2]], [2, 1, 6], [2], 1, 0.1, 4],
    },
    {
      id: 'too-large-alpha',
      kind: 'edge',
      name: { en: 'a learning rate too large: the cost grows at every update', zh: '学习率太大：每次更新代价都在增大' },
      call: 'gradientDescent',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.9, 8],
    },
    {
      id: 'long-run',
      kind: 'hidden',
      name: { en: 'one feature, 120 updates (close to the least-squares line)', zh: '一个特征、120 次更新（接近最小二乘直线）' },
      call: 'gradientDescent',
      generate: (rng) => {
        const X = rng.matrix(8, 1, 0, 2);
        const y = X.map((r) => 2.5 * r[0] + 1 + rng.normal(0, 0.3));
        return [X, y, [0], 0, 0.3, 120];
      },
    },
    {
      id: 'many-features',
      kind: 'hidden',
      name: { en: 'ten examples, five features, 40 updates', zh: '十个样本、五个特征、40 次更新' },
      call: 'gradientDescent',
      generate: (rng) => {
        const X = rng.matrix(10, 5, -1, 1);
        const wTrue = rng.vector(5, -3, 3);
        const y = X.map((r) => r.reduce((s, x, j) => s + x * wTrue[j], 0.5) + rng.normal(0, 0.1));
        return [X, y, rng.vector(5, -1, 1), 0, 0.15, 40];
      },
    },
    {
      id: 'unscaled-features',
      kind: 'hidden',
      name: { en: 'house data with features of different scales', zh: '特征尺度不同的房屋数据' },
      call: 'gradientDescent',
      generate: (rng) => {
        const X = Array.from({ length: 10 }, () => [rng.round(rng.uniform(0.8, 3), 2), rng.int(1, 5)]);
        const y = X.map((r) => 200 * r[0] + 15 * r[1] + 50 + rng.normal(0, 20));
        return [X, y, [0, 0], 0, 0.01, 40];
      },
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data', zh: '随机数据' },
      call: 'gradientDescent',
      count: 6,
      generate: (rng) => {
        const m = rng.int(1, 12);
        const n = rng.int(1, 4);
        return [rng.matrix(m, n, -2, 2), rng.vector(m, -5, 5), rng.vector(n, -1, 1), rng.uniform(-1, 1), rng.uniform(0.01, 0.1), rng.int(1, 40)];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 22:23 < → <=': 'the extra entry dw[n] (NaN) is never read: the update maps over w',
  },
});
