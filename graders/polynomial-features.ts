import { defineGrader } from '../src/lib/engine/grader';

// Inputs use distinct primes where the order of the columns is the point: every monomial then
// has a different value, so a column in the wrong place is always visible.
export default defineGrader({
  checks: [
    {
      id: 'two-features-degree-2',
      kind: 'example',
      name: 'the worked example: two features, degree 2 (x0, x1, x0², x0·x1, x1²)',
      call: 'polynomialFeatures',
      args: [[[2, 3], [1, -1]], 2],
    },
    {
      id: 'three-features-degree-2',
      kind: 'example',
      name: 'three features, degree 2',
      call: 'polynomialFeatures',
      args: [[[2, 3, 5]], 2],
    },
    {
      id: 'three-features-degree-3',
      kind: 'edge',
      name: 'three features, degree 3 (19 columns; check the order of the cubic terms)',
      call: 'polynomialFeatures',
      args: [[[2, 3, 5], [-1, 0.5, 2]], 3],
    },
    { id: 'degree-1', kind: 'edge', name: 'degree 1: a copy of X', call: 'polynomialFeatures', args: [[[1.5, -2, 7], [0, 4, -3]], 1] },
    { id: 'one-feature', kind: 'edge', name: 'one feature, degree 4: x, x², x³, x⁴', call: 'polynomialFeatures', args: [[[2], [-3], [0.5], [0]], 4] },
    { id: 'batch-of-one', kind: 'edge', name: 'a batch of one example, two features, degree 3', call: 'polynomialFeatures', args: [[[3, -2]], 3] },
    {
      id: 'zeros',
      kind: 'edge',
      name: 'zeros among the features (every product with a zero is 0)',
      call: 'polynomialFeatures',
      args: [[[0, 0, 0], [0, 3, 0], [2, 0, -1]], 2],
    },
    {
      id: 'negative-odd-powers',
      kind: 'hidden',
      name: 'negative features: odd powers keep the sign',
      call: 'polynomialFeatures',
      args: [[[-2, -3], [-1.5, 2]], 3],
    },
    {
      id: 'four-features-degree-2',
      kind: 'hidden',
      name: 'four features, degree 2 (14 columns)',
      call: 'polynomialFeatures',
      args: [[[2, 3, 5, 7], [1, -1, 0.5, -0.25]], 2],
    },
    {
      id: 'two-features-degree-4',
      kind: 'hidden',
      name: 'two features, degree 4 (14 columns)',
      call: 'polynomialFeatures',
      args: [[[2, 3], [-1, 0.5], [1.1, -0.7]], 4],
    },
    {
      id: 'house-sizes',
      kind: 'hidden',
      name: 'house size (1000 sq ft) and age (decades), degree 3',
      call: 'polynomialFeatures',
      args: [[[2.104, 4.5], [1.416, 4], [0.852, 3.6], [3, 0.3]], 3],
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random data, 1 to 4 features, degree 1 to 4',
      call: 'polynomialFeatures',
      count: 8,
      generate: (rng) => {
        const n = rng.int(1, 4);
        return [rng.matrix(rng.int(1, 6), n, -2, 2), rng.int(1, 4)];
      },
    },
  ],
});
