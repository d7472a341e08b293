import { compareValues } from '../src/lib/engine/compare';
import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const SHIFT =
  'exp overflowed (e^1000 = Infinity, Infinity/Infinity = NaN) or a whole row underflowed (0/0): subtract each row’s own maximum from that row before exponentiating';


/** Logits with a different large offset per row (up to ±600), so that only a per-row shift is safe. */
function logits(rng: Rng, m: number, n: number, offset = 600): number[][] {
  return Array.from({ length: m }, () => {
    const c = rng.random() < 0.5 ? 0 : rng.uniform(-offset, offset);
    return rng.vector(n, -8, 8).map((z) => z + c);
  });
}

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: 'two rows of three logits (the worked example)', call: 'softmax', args: [[[1, 2, 3], [0, 0, 0]]], nonFiniteHint: SHIFT },
    { id: 'logits-1000', kind: 'example', name: 'logits of ±1000: shift by the row maximum', call: 'softmax', args: [[[1000, 1000, -1000]]], nonFiniteHint: SHIFT },

    { id: 'row-plus-minus-1000', kind: 'edge', name: 'a row of ±1000 logits', call: 'softmax', args: [[[1000, -1000, 0], [1, 2, 3]]], nonFiniteHint: SHIFT },
    { id: 'row-all-minus-1000', kind: 'edge', name: 'a row whose logits are all −1000 (uniform, not 0/0)', call: 'softmax', args: [[[-1000, -1000], [-1000, -1001]]], nonFiniteHint: SHIFT },
    {
      id: 'rows-different-scales',
      kind: 'edge',
      name: 'rows on very different scales (1000, −1000 and 0)',
      call: 'softmax',
      args: [[[1000, 999], [-1000, -999], [0, 1]]],
      nonFiniteHint: SHIFT,
    },
    { id: 'equal-logits', kind: 'edge', name: 'a row of equal logits: uniform', call: 'softmax', args: [[[5, 5, 5, 5], [-2, -2, -2, -2]]], nonFiniteHint: SHIFT },
    { id: 'single-column', kind: 'edge', name: 'a single column: every probability is 1', call: 'softmax', args: [[[3], [-1000], [1000], [0]]], nonFiniteHint: SHIFT },
    { id: 'batch-of-one', kind: 'edge', name: 'a batch of one row', call: 'softmax', args: [[[0.5, -1, 2, 0]]], nonFiniteHint: SHIFT },
    { id: 'one-by-one', kind: 'edge', name: 'a 1×1 matrix', call: 'softmax', args: [[[7]]], nonFiniteHint: SHIFT },
    {
      id: 'tall-matrix',
      kind: 'edge',
      name: 'more rows than columns (rows, not columns, sum to 1)',
      call: 'softmax',
      args: [[[1, 0], [2, 0], [3, 0], [0.5, 0.5]]],
      nonFiniteHint: SHIFT,
    },
    { id: 'wide-matrix', kind: 'hidden', name: 'a 5×10 matrix of logits', call: 'softmax', generate: (rng) => [rng.normalMatrix(5, 10, 3)], nonFiniteHint: SHIFT },
    {
      id: 'random',
      kind: 'random',
      name: 'random logits',
      call: 'softmax',
      count: 8,
      generate: (rng) => [logits(rng, rng.int(1, 6), rng.int(1, 8))],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'rows-sum-to-one',
      kind: 'property',
      name: 'every row sums to 1 and every probability is in [0, 1]',
      call: 'softmax',
      generate: (rng) => [logits(rng, 6, 12)],
      nonFiniteHint: SHIFT,
      property: ({ got }) => {
        const P = got as number[][];
        for (let i = 0; i < P.length; i++) {
          let s = 0;
          for (let j = 0; j < P[i].length; j++) {
            const p = P[i][j];
            if (!(p >= 0 && p <= 1)) return `row ${i}, column ${j} is ${p}, outside [0, 1]`;
            s += p;
          }
          if (Math.abs(s - 1) > 1e-12) return `row ${i} sums to ${s}, not 1`;
        }
        return null;
      },
    },
    {
      id: 'shift-invariance',
      kind: 'property',
      name: 'adding a constant to a row does not change its probabilities',
      call: 'softmax',
      args: [[[1, 2, 3, 4], [-3, 0.5, 0.25, 2], [10, -10, 0, 5]]],
      nonFiniteHint: SHIFT,
      property: ({ got, args, call }) => {
        const Z = args[0] as number[][];
        const shifts = [100, -50, 3.5];
        const shifted = Z.map((row, i) => row.map((z) => z + shifts[i]));
        const again = call('softmax', shifted);
        const cmp = compareValues(again, got, { rtol: 1e-9, atol: 1e-12 });
        if (!cmp.ok) return `softmax(Z + c) differs from softmax(Z) when each row i gets its own constant c_i = ${shifts.join(', ')}: ${cmp.message}`;
        return null;
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 12:32 > → >=': 'on a tie both keep the same maximum',
  },
});
