import { defineGrader } from '../src/lib/engine/grader';

export default defineGrader({
  checks: [
    {
      id: 'two-houses',
      kind: 'example',
      name: 'two houses, two features (the worked example)',
      call: 'predict',
      args: [[[1, 2], [3, 4]], [0.5, -1], 2],
    },
    {
      id: 'one-feature',
      kind: 'example',
      name: 'three houses, one feature',
      call: 'predict',
      args: [[[1.0], [1.5], [2.0]], [200], 100],
    },
    { id: 'zero-weights', kind: 'edge', name: 'all weights zero: every prediction is b', call: 'predict', args: [[[3, -1, 2], [0.5, 7, -4]], [0, 0, 0], -1.5] },
    { id: 'batch-of-one', kind: 'edge', name: 'a batch of one example', call: 'predict', args: [[[2, -3, 0.5]], [1.5, 0.25, -2], 0.75] },
    { id: 'zero-bias', kind: 'edge', name: 'bias zero', call: 'predict', args: [[[1, 2], [-2, 1], [0, 0]], [3, -1], 0] },
    { id: 'zero-features-row', kind: 'edge', name: 'an example whose features are all zero', call: 'predict', args: [[[0, 0, 0], [1, 1, 1]], [2, 3, 4], 5] },
    {
      id: 'many-features',
      kind: 'hidden',
      name: 'twenty examples with twelve features',
      call: 'predict',
      generate: (rng) => [rng.matrix(20, 12, -10, 10), rng.vector(12, -3, 3), rng.uniform(-5, 5)],
    },
    {
      id: 'large-values',
      kind: 'hidden',
      name: 'house prices in dollars (large values)',
      call: 'predict',
      generate: (rng) => [rng.matrix(6, 3, 500, 4000), rng.vector(3, 50, 300), rng.uniform(1e4, 1e5)],
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random data',
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
