import { defineGrader } from '../src/lib/engine/grader';

// Two houses (size in 1000 sq ft → price in $1000s), the data of the worked example.
const HOUSES_X = [[1.0], [2.0]];
const HOUSES_Y = [300, 500];

export default defineGrader({
  checks: [
    {
      id: 'two-houses-one-step',
      kind: 'example',
      name: 'two houses, one update (the worked example)',
      call: 'gradientDescent',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.1, 1],
    },
    {
      id: 'two-houses-three-steps',
      kind: 'example',
      name: 'two houses, three updates',
      call: 'gradientDescent',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.1, 3],
    },
    {
      id: 'two-features-ten-steps',
      kind: 'hidden',
      name: 'four examples, two features, ten updates',
      call: 'gradientDescent',
      args: [[[1, 2], [2, 0], [3, 1], [0, 1]], [4, 1, 5, 2], [0, 0], 0, 0.05, 10],
    },
    {
      id: 'zero-iterations',
      kind: 'edge',
      name: 'iters = 0: w0 and b0 come back, the history holds only J(w0, b0)',
      call: 'gradientDescent',
      args: [[[1, 2], [2, 0], [3, 1]], [4, 1, 5], [0.5, -0.25], 1, 0.1, 0],
    },
    {
      id: 'zero-learning-rate',
      kind: 'edge',
      name: 'alpha = 0: the parameters never move, the cost stays the same',
      call: 'gradientDescent',
      args: [[[1, 2], [2, 0], [3, 1]], [4, 1, 5], [0.5, -0.25], 1, 0, 4],
    },
    {
      id: 'batch-of-one',
      kind: 'edge',
      name: 'a batch of one example',
      call: 'gradientDescent',
      args: [[[2, -1]], [3], [0.5, 0.5], 0, 0.1, 5],
    },
    {
      id: 'nonzero-start',
      kind: 'edge',
      name: 'starting from nonzero weights and bias',
      call: 'gradientDescent',
      args: [[[0.5], [1.5], [-1], [2], [3]], [1, 2, -3, 4, 2.5], [-1.5], 2, 0.1, 6],
    },
    {
      id: 'at-optimum',
      kind: 'edge',
      name: 'starting at the least-squares optimum: nothing moves',
      call: 'gradientDescent',
      args: [[[0], [1], [2]], [2, 1, 6], [2], 1, 0.1, 4],
    },
    {
      id: 'too-large-alpha',
      kind: 'edge',
      name: 'a learning rate too large: the cost grows at every update',
      call: 'gradientDescent',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.9, 8],
    },
    {
      id: 'long-run',
      kind: 'hidden',
      name: 'one feature, 120 updates (close to the least-squares line)',
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
      name: 'ten examples, five features, 40 updates',
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
      name: 'house data with features of different scales',
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
      name: 'random data',
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
