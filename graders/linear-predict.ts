import { defineGrader } from '../src/lib/engine/grader';

export default defineGrader({
  checks: [
    {
      id: 'two-houses',
      kind: 'example',
      name: { en: 'two houses, two features (the worked example)', zh: '两套房子、两个特征（例题）' },
      call: 'predict',
      args: [[[1, 2], [3, 4]], [0.5, -1], 2],
    },
    {
      id: 'one-feature',
      kind: 'example',
      name: { en: 'three houses, one feature', zh: '三套房子、一个特征' },
      call: 'predict',
      args: [[[1.0], [1.5], [2.0]], [200], 100],
    },
    { id: 'zero-weights', kind: 'edge', name: { en: 'all weights zero: every prediction is b', zh: '权重全为零：每个预测都是 b' }, call: 'predict', args: [[[3, -1, 2], [0.5, 7, -4]], [0, 0, 0], -1.5] },
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one example', zh: '只有一个样本的批量' }, call: 'predict', args: [[[2, -3, 0.5]], [1.5, 0.25, -2], 0.75] },
    { id: 'zero-bias', kind: 'edge', name: { en: 'bias zero', zh: '偏置为零' }, call: 'predict', args: [[[1, 2], [-2, 1], [0, 0]], [3, -1], 0] },
    { id: 'zero-features-row', kind: 'edge', name: { en: 'an example whose features are all zero', zh: '特征全为零的样本' }, call: 'predict', args: [[[0, 0, 0], [1, 1, 1]], [2, 3, 4], 5] },
    {
      id: 'many-features',
      kind: 'hidden',
      name: { en: 'twenty examples with twelve features', zh: '二十个样本、十二个特征' },
      call: 'predict',
      generate: (rng) => [rng.matrix(20, 12, -10, 10), rng.vector(12, -3, 3), rng.uniform(-5, 5)],
    },
    {
      id: 'large-values',
      kind: 'hidden',
      name: { en: 'house prices in dollars (large values)', zh: '以美元计的房价（数值很大）' },
      call: 'predict',
      generate: (rng) => [rng.matrix(6, 3, 500, 4000), rng.vector(3, 50, 300), rng.uniform(1e4, 1e5)],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data', zh: '随机数据' },
      call: 'predict',
      count: 8,
      generate: (rng) => {
        const m = rng.int(1, 15);
        const n = rng.int(1, 6);
        return [rng.matrix(m, n, -5, 5), rng.vector(n, -2, 2), rng.uniform(-3, 3)];
      },
    },
  ],
});
