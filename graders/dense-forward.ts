import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'linear'] as const;

const A = [
  [1, 2],
  [3, -1],
];
const W = [
  [0.5, -1, 0],
  [1, 0.5, -2],
];
const b = [0.1, 0, -0.5];

const OVERFLOW = 'e^z overflowed: compute σ(z) as 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0';

/** A random layer: m examples, n_in inputs, n_out units. */
function layer(rng: Rng, m: number, nIn: number, nOut: number, activation: string, scale = 1) {
  return [rng.matrix(m, nIn, -2 * scale, 2 * scale), rng.matrix(nIn, nOut, -1, 1), rng.vector(nOut, -1, 1), activation];
}

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: 'two examples, two inputs, three ReLU units (the worked example)', call: 'denseForward', args: [A, W, b, 'relu'] },
    { id: 'sigmoid-example', kind: 'example', name: 'the same layer with sigmoid', call: 'denseForward', args: [A, W, b, 'sigmoid'] },

    // each activation
    ...ACTIVATIONS.map((act) => ({
      id: `${act}-layer`,
      kind: 'hidden' as const,
      name: `a 5×4 batch into 3 ${act} units`,
      call: 'denseForward',
      generate: (rng: Rng) => layer(rng, 5, 4, 3, act),
    })),

    // square W: A·Wᵀ runs without error but gives other numbers
    { id: 'square-w', kind: 'hidden', name: 'a square 3×3 W (A·Wᵀ would also run)', call: 'denseForward', args: [[[1, 0, 2], [-1, 3, 0.5]], [[1, 2, 3], [0, -1, 4], [0.5, 0, -2]], [0.5, -0.5, 1], 'linear'] },
    { id: 'square-w-tanh', kind: 'hidden', name: 'a square 2×2 W with tanh', call: 'denseForward', args: [[[0.5, -1], [2, 0.25], [-1.5, 1]], [[0.3, -0.8], [0.6, 0.2]], [0.1, -0.2], 'tanh'] },
    { id: 'more-rows-than-units', kind: 'hidden', name: 'six examples into two units (more rows than biases)', call: 'denseForward', generate: (rng) => layer(rng, 6, 3, 2, 'linear') },
    { id: 'more-units-than-rows', kind: 'hidden', name: 'two examples into five units', call: 'denseForward', generate: (rng) => layer(rng, 2, 3, 5, 'sigmoid') },

    // edges
    { id: 'batch-of-one', kind: 'edge', name: 'a batch of one example', call: 'denseForward', args: [[[0.5, -1.5, 2]], [[1, -1], [0.5, 2], [-0.25, 1]], [0.3, -0.3], 'tanh'] },
    { id: 'one-unit', kind: 'edge', name: 'a layer with one unit (W is n_in×1, b has one entry)', call: 'denseForward', args: [[[1, 2], [-1, 0.5], [0, 3]], [[0.5], [-1]], [0.25], 'sigmoid'] },
    { id: 'one-input-one-unit', kind: 'edge', name: 'one input, one unit, one example', call: 'denseForward', args: [[[-2]], [[3]], [4], 'relu'] },
    { id: 'relu-exact-zero', kind: 'edge', name: 'pre-activations exactly 0 into relu', call: 'denseForward', args: [[[1, -1], [2, 2], [0, 0]], [[2, 1], [2, -1]], [0, 0], 'relu'] },
    { id: 'relu-zero-from-bias', kind: 'edge', name: 'A·W cancelled exactly by the bias into relu', call: 'denseForward', args: [[[1, 2], [3, 4]], [[1], [1]], [-3], 'relu'] },
    { id: 'linear-identity', kind: 'edge', name: "'linear' returns A·W + b unchanged", call: 'denseForward', args: [[[1, 2], [3, 4]], [[1, 0], [0, 1]], [-10, 10], 'linear'] },
    { id: 'sigmoid-saturated', kind: 'edge', name: 'sigmoid of pre-activations ±1000', call: 'denseForward', args: [[[1000], [-1000], [0]], [[1, -1]], [0, 0], 'sigmoid'], nonFiniteHint: OVERFLOW },
    { id: 'tanh-saturated', kind: 'edge', name: 'tanh of pre-activations ±1000', call: 'denseForward', args: [[[1000], [-1000]], [[1, -1]], [0, 0], 'tanh'], nonFiniteHint: 'e^z overflowed: use Math.tanh' },
    { id: 'zero-weights', kind: 'edge', name: 'all weights zero: every row is g(b)', call: 'denseForward', args: [[[5, -3], [1, 1], [-2, 7]], [[0, 0, 0], [0, 0, 0]], [-1, 0, 2], 'sigmoid'] },

    // errors
    { id: 'inner-mismatch', kind: 'error', name: 'A has 3 columns, W has 2 rows', call: 'denseForward', args: [[[1, 2, 3], [4, 5, 6]], [[1, 0], [0, 1]], [0, 0], 'relu'], throws: 'shape' },
    { id: 'inner-mismatch-short', kind: 'error', name: 'A has 2 columns, W has 3 rows', call: 'denseForward', args: [[[1, 2], [3, 4]], [[1, 0], [0, 1], [1, 1]], [0, 0], 'linear'], throws: 'shape' },
    { id: 'bias-too-long', kind: 'error', name: 'b has 3 entries, W has 2 columns', call: 'denseForward', args: [[[1, 2]], [[1, 0], [0, 1]], [0, 0, 0], 'relu'], throws: 'shape' },
    { id: 'bias-too-short', kind: 'error', name: 'b has 1 entry, W has 2 columns', call: 'denseForward', args: [[[1, 2], [3, 4]], [[1, 0], [0, 1]], [0.5], 'tanh'], throws: 'shape' },
    { id: 'unknown-activation', kind: 'error', name: "an unknown activation 'softmax'", call: 'denseForward', args: [[[1, 2]], [[1], [1]], [0], 'softmax'], throws: 'activation' },
    { id: 'unknown-activation-swish', kind: 'error', name: "an unknown activation 'swish'", call: 'denseForward', args: [[[1, 2], [0, 1]], [[1, 0], [0, 1]], [0, 0], 'swish'], throws: 'activation' },

    // random
    {
      id: 'random',
      kind: 'random',
      name: 'random layers and activations',
      call: 'denseForward',
      count: 8,
      generate: (rng) => layer(rng, rng.int(1, 6), rng.int(1, 5), rng.int(1, 4), rng.pick(ACTIVATIONS)),
    },
    {
      id: 'random-square',
      kind: 'random',
      name: 'random layers with as many units as inputs',
      call: 'denseForward',
      count: 3,
      generate: (rng) => {
        const n = rng.int(2, 4);
        return layer(rng, rng.int(1, 5), n, n, rng.pick(ACTIVATIONS));
      },
    },
    {
      id: 'random-large',
      kind: 'random',
      name: 'large inputs (saturating sigmoid and tanh)',
      call: 'denseForward',
      count: 2,
      generate: (rng) => layer(rng, 4, 3, 3, rng.pick(['sigmoid', 'tanh']), 200),
      nonFiniteHint: OVERFLOW,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 5:9 >= → >': 'at z = 0 both forms of the stable sigmoid give 0.5: the branch taken at 0 does not matter',
    'constant 5:12 0 → 1': 'for 0 ≤ z < 1 e^z/(1+e^z) is as accurate as 1/(1+e^−z): the branch only matters where e^z overflows',
    'boundary 14:24 > → >=': 'at z = 0 both branches give 0',
  },
});
