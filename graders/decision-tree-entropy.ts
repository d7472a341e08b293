import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const ZERO_LOG_ZERO = '0·log2(0) is 0·(−Infinity) = NaN in JavaScript — use 0·log 0 = 0 (skip a class with fraction 0), and entropy 0 for an empty set';

/** The cat/dog labels of the notes: 1 = cat, 5 cats out of 10. */
const ANIMALS = [1, 1, 0, 0, 1, 1, 0, 1, 0, 0];

const labels = (rng: Rng, n: number, p: number) => Array.from({ length: n }, () => (rng.random() < p ? 1 : 0));

/** A node (a random subset of the examples, in random order) split at a random point; either side may be empty. */
function split(rng: Rng, n: number, wholeSet: boolean): [number[], number[], number[]] {
  const y = labels(rng, n, rng.uniform(0.15, 0.85));
  const size = wholeSet ? n : rng.int(1, n);
  const node = rng.permutation(n).slice(0, size);
  const cut = rng.int(0, size);
  return [y, node.slice(0, cut), node.slice(cut)];
}

export default defineGrader({
  checks: [
    {
      id: 'ear-shape',
      kind: 'example',
      name: 'ten animals split on ear shape (the worked example)',
      call: 'informationGain',
      args: [ANIMALS, [0, 1, 2, 4, 5], [3, 6, 7, 8, 9]],
    },
    {
      id: 'entropy-three-of-four',
      kind: 'example',
      name: 'entropy of three cats and a dog',
      call: 'entropy',
      args: [[1, 1, 1, 0]],
    },
    {
      id: 'deeper-node',
      kind: 'example',
      name: 'a deeper node: only examples 0–4 reach it (the parent is leftIdx ∪ rightIdx)',
      call: 'informationGain',
      args: [ANIMALS, [0, 1, 4], [2, 3]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    { id: 'entropy-empty', kind: 'edge', name: 'entropy of an empty set', call: 'entropy', args: [[]], nonFiniteHint: ZERO_LOG_ZERO },
    { id: 'entropy-all-ones', kind: 'edge', name: 'entropy of a pure node (all 1)', call: 'entropy', args: [[1, 1, 1, 1, 1]], nonFiniteHint: ZERO_LOG_ZERO },
    { id: 'entropy-all-zeros', kind: 'edge', name: 'entropy of a pure node (all 0)', call: 'entropy', args: [[0, 0, 0]], nonFiniteHint: ZERO_LOG_ZERO },
    { id: 'entropy-single', kind: 'edge', name: 'entropy of a single example', call: 'entropy', args: [[1]], nonFiniteHint: ZERO_LOG_ZERO },
    { id: 'entropy-half', kind: 'edge', name: 'entropy of a 50/50 node (exactly 1 bit)', call: 'entropy', args: [[0, 1, 1, 0, 1, 0]] },
    { id: 'entropy-one-in-five', kind: 'edge', name: 'entropy of one cat in five animals', call: 'entropy', args: [[0, 0, 1, 0, 0]] },
    {
      id: 'entropy-random',
      kind: 'random',
      name: 'entropy of random labels',
      call: 'entropy',
      count: 6,
      generate: (rng) => [labels(rng, rng.int(1, 40), rng.uniform(0.05, 0.95))],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'empty-left',
      kind: 'edge',
      name: 'every example goes right (empty left branch: gain 0)',
      call: 'informationGain',
      args: [ANIMALS, [], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'empty-right',
      kind: 'edge',
      name: 'every example of a deeper node goes left (empty right branch)',
      call: 'informationGain',
      args: [ANIMALS, [6, 7, 9], []],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'perfect-split',
      kind: 'edge',
      name: 'a perfect split: both branches pure (gain = H(parent))',
      call: 'informationGain',
      args: [ANIMALS, [0, 1, 4, 5, 7], [2, 3, 6, 8, 9]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'pure-parent',
      kind: 'edge',
      name: 'a pure node (gain 0)',
      call: 'informationGain',
      args: [[1, 1, 1, 1, 0, 0], [0, 2], [1, 3]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'useless-split',
      kind: 'edge',
      name: 'both branches with the parent’s proportions (gain 0)',
      call: 'informationGain',
      args: [[1, 0, 0, 1, 0, 0, 1, 0, 0], [0, 1, 2], [3, 4, 5, 6, 7, 8]],
    },
    {
      id: 'unbalanced-split',
      kind: 'edge',
      name: 'one example alone on the left, nine on the right',
      call: 'informationGain',
      args: [ANIMALS, [7], [0, 1, 2, 3, 4, 5, 6, 8, 9]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'subset-unsorted',
      kind: 'edge',
      name: 'a node holding 7 of 12 examples, indices in no particular order',
      call: 'informationGain',
      args: [[0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1], [9, 2, 7], [0, 11, 5, 3]],
    },
    {
      id: 'large-node',
      kind: 'hidden',
      name: 'a node of 60 examples out of 100',
      call: 'informationGain',
      generate: (rng) => {
        const y = labels(rng, 100, 0.4);
        const node = rng.permutation(100).slice(0, 60);
        return [y, node.slice(0, 25), node.slice(25)];
      },
    },
    {
      id: 'gain-random-root',
      kind: 'random',
      name: 'random splits of all the examples',
      call: 'informationGain',
      count: 4,
      generate: (rng) => split(rng, rng.int(2, 30), true),
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'gain-random-node',
      kind: 'random',
      name: 'random splits of a deeper node (a subset of the examples)',
      call: 'informationGain',
      count: 8,
      generate: (rng) => split(rng, rng.int(4, 30), false),
      nonFiniteHint: ZERO_LOG_ZERO,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'guard 8:3 if (labels.length === 0) → (removed)': 'for an empty set p1 is NaN, NaN > 0 is false, and the loop returns 0 as well',
    'constant 8:25 0 → 1': 'a single label has entropy 0 either way',
    'relational 9:37 === → !==': 'with 0/1 labels this computes p0 instead of p1, and H(p) = H(1 − p)',
    'constant 9:41 1 → 0': 'with 0/1 labels this computes p0 instead of p1, and H(p) = H(1 − p)',
  },
});
