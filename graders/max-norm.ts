import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: column 0 has norm 10 (scaled to [3, 4, 0]), column 1 norm 3 (kept),
// column 2 norm exactly 5 = c (kept).
const WORKED = [
  [6, 1, 3],
  [8, 2, 0],
  [0, -2, 4],
];

/** Columns of random directions whose norms are spread around c (some above, some below). */
function weights(rng: Rng, nIn: number, nOut: number, c: number): number[][] {
  const cols = Array.from({ length: nOut }, () => {
    const v = Array.from({ length: nIn }, () => rng.normal());
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    const target = c * rng.uniform(0.3, 2.5);
    return v.map((x) => (x / norm) * target);
  });
  return Array.from({ length: nIn }, (_, i) => cols.map((col) => col[i]));
}

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: 'three units with c = 5 (the worked example)', call: 'maxNormConstraint', args: [WORKED, 5] },
    {
      id: 'unit-ball',
      kind: 'example',
      name: 'c = 1: one column outside the unit ball, one inside',
      call: 'maxNormConstraint',
      args: [[[2, 0.3], [0, -0.4]], 1],
    },

    {
      id: 'norm-exactly-c',
      kind: 'edge',
      name: 'columns whose norm is exactly c (and one shorter column) are left unchanged',
      call: 'maxNormConstraint',
      args: [[[3, 0, -5, 1.2], [4, 5, 0, 1.6], [0, 0, 0, 0]], 5],
    },
    {
      id: 'norm-exactly-c-with-neighbours',
      kind: 'edge',
      name: 'norm exactly c next to columns just above and just below c',
      call: 'maxNormConstraint',
      args: [[[0.6, 0.61, 0.59], [0.8, 0.8, 0.8]], 1],
    },
    {
      id: 'zero-column',
      kind: 'edge',
      name: 'a zero column (a dead unit) stays zero',
      call: 'maxNormConstraint',
      args: [[[0, 4, 0.5], [0, -3, 0.5], [0, 12, 0.5]], 2],
      nonFiniteHint: 'a zero column has norm 0: do not divide by it — only columns with norm above c are rescaled',
    },
    { id: 'one-column-above', kind: 'edge', name: 'a single unit whose norm is above c', call: 'maxNormConstraint', args: [[[1], [-2], [2], [4]], 2.5] },
    { id: 'one-column-below', kind: 'edge', name: 'a single unit whose norm is below c (unchanged)', call: 'maxNormConstraint', args: [[[0.1], [-0.2], [0.2]], 3] },
    { id: 'one-input', kind: 'edge', name: 'one input (a 1×4 matrix): each weight is its own column', call: 'maxNormConstraint', args: [[[-7, 0.5, 3, -2]], 2] },
    {
      id: 'all-inside',
      kind: 'edge',
      name: 'every column already inside the ball: W comes back unchanged',
      call: 'maxNormConstraint',
      args: [[[0.5, -1, 0.2], [1, 0.5, -0.3], [-0.25, 1, 0.1], [0.4, 0.2, 0]], 2],
    },
    {
      id: 'wide-layer',
      kind: 'hidden',
      name: 'a 4×9 layer (more units than inputs) with c = 3',
      call: 'maxNormConstraint',
      generate: (rng) => [weights(rng, 4, 9, 3), 3],
    },
    {
      id: 'tall-layer',
      kind: 'hidden',
      name: 'a 10×3 layer (more inputs than units) with c = 0.5',
      call: 'maxNormConstraint',
      generate: (rng) => [weights(rng, 10, 3, 0.5), 0.5],
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random layers and limits',
      call: 'maxNormConstraint',
      count: 8,
      generate: (rng) => {
        const c = rng.pick([0.5, 1, 2, 3, 4]);
        return [weights(rng, rng.int(2, 7), rng.int(1, 7), c), c];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 12:21 < → <=': 'the extra scale of a column n_out that does not exist is never read',
    'boundary 16:21 > → >=': 'at norm = c the scale c/norm is exactly 1',
  },
});
