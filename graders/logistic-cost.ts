import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const LOG0 =
  'log(0) gave -Infinity: compute the cost from z with the softplus form log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z';


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
    { id: 'worked-example', kind: 'example', name: 'six examples, two features (the worked example)', call: 'logisticCost', args: [LAB_X, LAB_Y, [1, 1], -3] },
    { id: 'one-feature', kind: 'example', name: 'two examples, one feature', call: 'logisticCost', args: [[[0], [2]], [0, 1], [1], -1] },
    {
      id: 'confidently-wrong',
      kind: 'example',
      name: 'a confidently wrong prediction, z = 1000: the loss is 1000, not Infinity',
      call: 'logisticCost',
      args: [[[10]], [0], [100], 0],
      nonFiniteHint: LOG0,
    },

    {
      id: 'saturated-right',
      kind: 'edge',
      name: 'saturated predictions (z = ±1000) with the right labels: cost 0, not NaN',
      call: 'logisticCost',
      args: [[[10], [-10]], [1, 0], [100], 0],
      nonFiniteHint: LOG0,
    },
    {
      id: 'saturated-wrong',
      kind: 'edge',
      name: 'saturated predictions (z = ±1000) with the wrong labels: cost 1000, not Infinity',
      call: 'logisticCost',
      args: [[[10], [-10]], [0, 1], [100], 0],
      nonFiniteHint: LOG0,
    },
    {
      id: 'saturated-mixed',
      kind: 'edge',
      name: 'one saturated right, one saturated wrong and two ordinary predictions',
      call: 'logisticCost',
      args: [[[10, 0], [0, -10], [0.01, 0.005], [-0.02, 0.0025]], [1, 1, 0, 1], [100, 100], 0],
      nonFiniteHint: LOG0,
    },
    {
      id: 'confident-40',
      kind: 'edge',
      name: 'confident predictions, z = ±40 (σ rounds to exactly 1), both labels',
      call: 'logisticCost',
      args: [[[4], [-4], [4], [-4]], [1, 0, 0, 1], [10], 0],
      nonFiniteHint: LOG0,
    },
    {
      id: 'saturated-by-bias',
      kind: 'edge',
      name: 'a bias of −1000 and mixed labels',
      call: 'logisticCost',
      args: [[[1, 2], [3, -1], [0, 0]], [0, 1, 0], [0.5, 0.25], -1000],
      nonFiniteHint: LOG0,
    },
    { id: 'zero-weights', kind: 'edge', name: 'all weights and the bias zero: cost log 2', call: 'logisticCost', args: [[[1, 2], [-3, 4], [5, -6]], [1, 0, 1], [0, 0], 0] },
    { id: 'z-zero', kind: 'edge', name: 'examples exactly on the boundary (z = 0)', call: 'logisticCost', args: [[[1, 2], [2, 1], [0, 0]], [1, 0, 0], [1, -1], 1] },
    { id: 'batch-of-one', kind: 'edge', name: 'a batch of one example', call: 'logisticCost', args: [[[0.5, -1.5, 2]], [1], [0.3, 0.2, -0.4], 0.1] },
    { id: 'all-ones', kind: 'edge', name: 'every label 1', call: 'logisticCost', args: [[[1, 0], [0, 1], [-1, -1], [2, 0.5]], [1, 1, 1, 1], [0.8, -0.6], 0.2] },
    { id: 'all-zeros', kind: 'edge', name: 'every label 0', call: 'logisticCost', args: [[[1, 0], [0, 1], [-1, -1], [2, 0.5]], [0, 0, 0, 0], [0.8, -0.6], 0.2] },
    { id: 'lab-other-bias', kind: 'hidden', name: 'the worked example with b = −4', call: 'logisticCost', args: [LAB_X, LAB_Y, [1, 1], -4] },
    {
      id: 'many-features',
      kind: 'hidden',
      name: 'forty examples with eight features',
      call: 'logisticCost',
      generate: (rng) => moderate(rng, 40, 8),
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random data',
      call: 'logisticCost',
      count: 8,
      generate: (rng) => moderate(rng, rng.int(2, 15), rng.int(1, 5)),
      nonFiniteHint: LOG0,
    },
    {
      id: 'random-saturated',
      kind: 'random',
      name: 'random data with large weights (many saturated predictions)',
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
