import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const OVERFLOW =
  'σ(z) overflowed (e^z = Infinity, Infinity/Infinity = NaN): use the stable sigmoid, 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0';


const labels = (rng: Rng, m: number) => Array.from({ length: m }, () => rng.int(0, 1));

const LAB_X = [[0.5, 1.5], [1, 1], [1.5, 0.5], [3, 0.5], [2, 2], [1, 2.5]];
const LAB_Y = [0, 0, 0, 1, 1, 1];

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: 'two examples, one feature (the worked example)', call: 'logisticGradient', args: [[[0], [2]], [0, 1], [1], -1] },
    { id: 'six-examples', kind: 'example', name: 'six examples, two features', call: 'logisticGradient', args: [LAB_X, LAB_Y, [2, 3], 1] },

    {
      id: 'saturated',
      kind: 'edge',
      name: 'saturated predictions (z = ±1000), right and wrong labels: finite gradient',
      call: 'logisticGradient',
      args: [[[10], [-10], [10], [-10]], [1, 0, 0, 1], [100], 0],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-by-bias',
      kind: 'edge',
      name: 'a bias of 1000 (every prediction saturated at 1)',
      call: 'logisticGradient',
      args: [[[1, -2], [0.5, 3], [-1, 0]], [1, 0, 0], [0.5, -0.25], 1000],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-mixed',
      kind: 'edge',
      name: 'logits of ±1000 next to ordinary ones',
      call: 'logisticGradient',
      args: [[[10, 1], [-10, 2], [0.01, -0.5], [0.02, 0.03]], [0, 0, 1, 0], [100, 0.5], -0.5],
      nonFiniteHint: OVERFLOW,
    },
    { id: 'zero-weights', kind: 'edge', name: 'all weights and the bias zero: σ = 0.5 everywhere', call: 'logisticGradient', args: [[[1, 2], [-3, 4], [5, -6]], [1, 0, 1], [0, 0], 0] },
    { id: 'batch-of-one', kind: 'edge', name: 'a batch of one example', call: 'logisticGradient', args: [[[0.5, -1.5, 2]], [1], [0.3, 0.2, -0.4], 0.1] },
    { id: 'all-ones', kind: 'edge', name: 'every label 1', call: 'logisticGradient', args: [[[1, 0], [0, 1], [-1, -1], [2, 0.5]], [1, 1, 1, 1], [0.8, -0.6], 0.2] },
    { id: 'all-zeros', kind: 'edge', name: 'every label 0', call: 'logisticGradient', args: [[[1, 0], [0, 1], [-1, -1], [2, 0.5]], [0, 0, 0, 0], [0.8, -0.6], 0.2] },
    {
      id: 'constant-column',
      kind: 'edge',
      name: 'a constant feature column',
      call: 'logisticGradient',
      args: [[[1, 3], [1, -2], [1, 0.5], [1, 1]], [0, 1, 1, 0], [-0.4, 0.7], 0.3],
    },
    {
      id: 'many-features',
      kind: 'hidden',
      name: 'forty examples with eight features',
      call: 'logisticGradient',
      generate: (rng) => {
        const n = 8;
        return [rng.matrix(40, n, -2, 2), labels(rng, 40), rng.vector(n, -1, 1), rng.uniform(-1, 1)];
      },
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random data',
      call: 'logisticGradient',
      count: 8,
      generate: (rng) => {
        const m = rng.int(2, 15);
        const n = rng.int(1, 5);
        return [rng.matrix(m, n, -3, 3), labels(rng, m), rng.vector(n, -1.5, 1.5), rng.uniform(-2, 2)];
      },
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'random-saturated',
      kind: 'random',
      name: 'random data with large weights (many saturated predictions)',
      call: 'logisticGradient',
      count: 4,
      generate: (rng) => {
        const m = rng.int(3, 10);
        const n = rng.int(1, 4);
        return [rng.matrix(m, n, -1, 1), labels(rng, m), rng.vector(n, -900, 900), rng.uniform(-50, 50)];
      },
      nonFiniteHint: OVERFLOW,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 8:9 >= → >': 'at z = 0 both forms of the stable sigmoid give 0.5: the branch taken at 0 does not matter',
    'constant 8:12 0 → 1': 'for 0 ≤ z < 1 e^z/(1+e^z) is as accurate as 1/(1+e^−z): the branch only matters where e^z overflows',
  },
});
