import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/** A product f·m that rounds to just below an integer (e.g. 0.29·100 = 28.999999999999996):
 * the catalog keeps those out of the checks, since floor then depends on the last bit. */
const nearInteger = (f: number, m: number) => Math.floor(f * m) !== Math.floor(f * m + 1e-9);

/** Random fractions with two decimals (train + val ≤ 1) and a random shuffle of m examples. */
function randomSplit(rng: Rng, mLo: number, mHi: number): [number, number[], number[]] {
  for (;;) {
    const m = rng.int(mLo, mHi);
    const f0 = Math.floor(rng.uniform(0, 1) * 100) / 100;
    const f1 = Math.floor(rng.uniform(0, 1 - f0) * 100) / 100;
    if (nearInteger(f0, m) || nearInteger(f1, m)) continue;
    return [m, [f0, f1], rng.permutation(m)];
  }
}

export default defineGrader({
  checks: [
    {
      id: 'seven-examples',
      kind: 'example',
      name: 'seven examples, 60% / 20% / the rest (the worked example)',
      call: 'trainValTestSplit',
      args: [7, [0.6, 0.2], [3, 6, 0, 5, 1, 4, 2]],
    },
    {
      id: 'ten-examples',
      kind: 'example',
      name: 'ten examples, 60% / 20% / 20%',
      call: 'trainValTestSplit',
      args: [10, [0.6, 0.2], [8, 2, 5, 0, 9, 3, 7, 1, 6, 4]],
    },
    {
      id: 'round-half-up-sizes',
      kind: 'hidden',
      name: 'ten examples, 65% / 15%: sizes 6.5 and 1.5 round down',
      call: 'trainValTestSplit',
      args: [10, [0.65, 0.15], [4, 9, 1, 7, 0, 3, 8, 2, 6, 5]],
    },
    {
      id: 'halves-of-odd',
      kind: 'hidden',
      name: 'nine examples, 55% / 25% (sizes 4.95 and 2.25)',
      call: 'trainValTestSplit',
      args: [9, [0.55, 0.25], [2, 7, 4, 0, 8, 5, 1, 6, 3]],
    },
    {
      id: 'fifty-examples',
      kind: 'hidden',
      name: 'fifty shuffled examples, 70% / 15% / the rest',
      call: 'trainValTestSplit',
      generate: (rng) => [50, [0.7, 0.15], rng.permutation(50)],
    },
    {
      id: 'sum-to-one-empty-test',
      kind: 'edge',
      name: 'fractions summing to 1 with exact sizes (the test set is empty)',
      call: 'trainValTestSplit',
      args: [8, [0.75, 0.25], [5, 2, 7, 0, 3, 6, 1, 4]],
    },
    {
      id: 'sum-to-one-leftover',
      kind: 'edge',
      name: 'fractions 0.5 + 0.5 of seven examples: the one left over by rounding down goes to test',
      call: 'trainValTestSplit',
      args: [7, [0.5, 0.5], [6, 1, 4, 0, 2, 5, 3]],
    },
    {
      id: 'zero-train',
      kind: 'edge',
      name: 'a training fraction of 0 (empty training set)',
      call: 'trainValTestSplit',
      args: [6, [0, 0.5], [1, 5, 3, 0, 4, 2]],
    },
    {
      id: 'zero-val',
      kind: 'edge',
      name: 'a validation fraction of 0 (empty validation set)',
      call: 'trainValTestSplit',
      args: [10, [0.8, 0], [3, 9, 0, 6, 2, 8, 5, 1, 7, 4]],
    },
    {
      id: 'one-example',
      kind: 'edge',
      name: 'a single example (both sizes round down to 0: it goes to test)',
      call: 'trainValTestSplit',
      args: [1, [0.6, 0.2], [0]],
    },
    {
      id: 'one-example-all-train',
      kind: 'edge',
      name: 'a single example with a training fraction of 1',
      call: 'trainValTestSplit',
      args: [1, [1, 0], [0]],
    },
    {
      id: 'identity-perm',
      kind: 'edge',
      name: 'the identity permutation (no shuffle), 50% / 25% of nine',
      call: 'trainValTestSplit',
      args: [9, [0.5, 0.25], [0, 1, 2, 3, 4, 5, 6, 7, 8]],
    },
    {
      id: 'reversed-perm',
      kind: 'edge',
      name: 'the reversed permutation, 40% / 40% of eleven',
      call: 'trainValTestSplit',
      args: [11, [0.4, 0.4], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random fractions and shuffles',
      call: 'trainValTestSplit',
      count: 12,
      generate: (rng) => randomSplit(rng, 1, 40),
    },
    {
      id: 'random-large',
      kind: 'random',
      name: 'random fractions of one to two hundred examples',
      call: 'trainValTestSplit',
      count: 2,
      generate: (rng) => randomSplit(rng, 100, 200),
    },
    {
      id: 'partition',
      kind: 'property',
      name: 'the three sets together hold every index exactly once',
      call: 'trainValTestSplit',
      generate: (rng) => randomSplit(rng, 5, 30),
      property: ({ got, args }) => {
        const g = got as { train?: unknown; val?: unknown; test?: unknown };
        const m = args[0] as number;
        if (!g || !Array.isArray(g.train) || !Array.isArray(g.val) || !Array.isArray(g.test)) return 'return { train, val, test }, three arrays';
        const all = [...g.train, ...g.val, ...g.test];
        if (all.length !== m) return `the three sets hold ${all.length} indices in all, but there are ${m} examples: every example belongs to exactly one set`;
        const seen = new Set(all);
        if (seen.size !== m) return 'an index appears in two sets (or twice in one)';
        return null;
      },
    },
  ],
});
