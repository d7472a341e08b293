import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const ZERO_LOG_ZERO = {
  en: '0·log2(0) is 0·(−Infinity) = NaN in JavaScript — use 0·log 0 = 0 (skip a class with fraction 0), and entropy 0 for an empty set',
  zh: '在 JavaScript 里 0·log2(0) 是 0·(−Infinity) = NaN——应取 0·log 0 = 0（跳过比例为 0 的类别），空集的熵为 0',
};

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
      name: { en: 'ten animals split on ear shape (the worked example)', zh: '十只动物按耳朵形状划分（例题）' },
      call: 'informationGain',
      args: [ANIMALS, [0, 1, 2, 4, 5], [3, 6, 7, 8, 9]],
    },
    {
      id: 'entropy-three-of-four',
      kind: 'example',
      name: { en: 'entropy of three cats and a dog', zh: '三只猫和一只狗的熵' },
      call: 'entropy',
      args: [[1, 1, 1, 0]],
    },
    {
      id: 'deeper-node',
      kind: 'example',
      name: { en: 'a deeper node: only examples 0–4 reach it (the parent is leftIdx ∪ rightIdx)', zh: '更深的节点：只有样本 0–4 到达这里（父节点是 leftIdx ∪ rightIdx）' },
      call: 'informationGain',
      args: [ANIMALS, [0, 1, 4], [2, 3]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    { id: 'entropy-empty', kind: 'edge', name: { en: 'entropy of an empty set', zh: '空集的熵' }, call: 'entropy', args: [[]], nonFiniteHint: ZERO_LOG_ZERO },
    { id: 'entropy-all-ones', kind: 'edge', name: { en: 'entropy of a pure node (all 1)', zh: '纯节点的熵（全为 1）' }, call: 'entropy', args: [[1, 1, 1, 1, 1]], nonFiniteHint: ZERO_LOG_ZERO },
    { id: 'entropy-all-zeros', kind: 'edge', name: { en: 'entropy of a pure node (all 0)', zh: '纯节点的熵（全为 0）' }, call: 'entropy', args: [[0, 0, 0]], nonFiniteHint: ZERO_LOG_ZERO },
    { id: 'entropy-single', kind: 'edge', name: { en: 'entropy of a single example', zh: '单个样本的熵' }, call: 'entropy', args: [[1]], nonFiniteHint: ZERO_LOG_ZERO },
    { id: 'entropy-half', kind: 'edge', name: { en: 'entropy of a 50/50 node (exactly 1 bit)', zh: '各占一半的节点的熵（恰好 1 比特）' }, call: 'entropy', args: [[0, 1, 1, 0, 1, 0]] },
    { id: 'entropy-one-in-five', kind: 'edge', name: { en: 'entropy of one cat in five animals', zh: '五只动物中有一只猫时的熵' }, call: 'entropy', args: [[0, 0, 1, 0, 0]] },
    {
      id: 'entropy-random',
      kind: 'random',
      name: { en: 'entropy of random labels', zh: '随机标签的熵' },
      call: 'entropy',
      count: 6,
      generate: (rng) => [labels(rng, rng.int(1, 40), rng.uniform(0.05, 0.95))],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'empty-left',
      kind: 'edge',
      name: { en: 'every example goes right (empty left branch: gain 0)', zh: '所有样本都进右分支（左分支为空：增益为 0）' },
      call: 'informationGain',
      args: [ANIMALS, [], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'empty-right',
      kind: 'edge',
      name: { en: 'every example of a deeper node goes left (empty right branch)', zh: '更深节点的所有样本都进左分支（右分支为空）' },
      call: 'informationGain',
      args: [ANIMALS, [6, 7, 9], []],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'perfect-split',
      kind: 'edge',
      name: { en: 'a perfect split: both branches pure (gain = H(parent))', zh: '完美划分：两个分支都是纯的（增益 = H(父节点)）' },
      call: 'informationGain',
      args: [ANIMALS, [0, 1, 4, 5, 7], [2, 3, 6, 8, 9]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'pure-parent',
      kind: 'edge',
      name: { en: 'a pure node (gain 0)', zh: '纯节点（增益为 0）' },
      call: 'informationGain',
      args: [[1, 1, 1, 1, 0, 0], [0, 2], [1, 3]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'useless-split',
      kind: 'edge',
      name: { en: 'both branches with the parent’s proportions (gain 0)', zh: '两个分支的比例都与父节点相同（增益为 0）' },
      call: 'informationGain',
      args: [[1, 0, 0, 1, 0, 0, 1, 0, 0], [0, 1, 2], [3, 4, 5, 6, 7, 8]],
    },
    {
      id: 'unbalanced-split',
      kind: 'edge',
      name: { en: 'one example alone on the left, nine on the right', zh: '左边只有一个样本，右边九个' },
      call: 'informationGain',
      args: [ANIMALS, [7], [0, 1, 2, 3, 4, 5, 6, 8, 9]],
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'subset-unsorted',
      kind: 'edge',
      name: { en: 'a node holding 7 of 12 examples, indices in no particular order', zh: '含 12 个样本中 7 个的节点，下标顺序任意' },
      call: 'informationGain',
      args: [[0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1], [9, 2, 7], [0, 11, 5, 3]],
    },
    {
      id: 'large-node',
      kind: 'hidden',
      name: { en: 'a node of 60 examples out of 100', zh: '100 个样本中含 60 个的节点' },
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
      name: { en: 'random splits of all the examples', zh: '对全部样本的随机划分' },
      call: 'informationGain',
      count: 4,
      generate: (rng) => split(rng, rng.int(2, 30), true),
      nonFiniteHint: ZERO_LOG_ZERO,
    },
    {
      id: 'gain-random-node',
      kind: 'random',
      name: { en: 'random splits of a deeper node (a subset of the examples)', zh: '对更深节点（样本的子集）的随机划分' },
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
