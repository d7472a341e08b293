import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'natural-log',
    hint: {
      en: 'You use the natural logarithm. Entropy in the notes is measured in bits, with log base 2: H = −p1 log2(p1) − p0 log2(p0), so a 50/50 node has entropy exactly 1 (use Math.log2).',
      zh: '你用了自然对数。笔记中的熵以比特为单位，使用以 2 为底的对数：H = −p1 log2(p1) − p0 log2(p0)，所以 50/50 的节点熵恰好为 1（用 Math.log2）。',
    },
    edits: [
      {
        find: 'const p1 = labels.filter((y) => y === 1).length / labels.length;',
        replace: `const p1 = labels.filter((y) => y === 1).length / labels.length;
  const p0 = 1 - p1;`,
      },
      {
        find: `for (const p of [p1, 1 - p1]) {
    if (p > 0) h -= p * Math.log2(p);
  }`,
        replace: `if (p1 > 0) h -= p1 * Math.log(p1);
  if (p0 > 0) h -= p0 * Math.log(p0);`,
      },
    ],
  },
  {
    name: 'parent-all-labels',
    hint: {
      en: 'You take the parent entropy over all the labels. The node being split holds only the examples in leftIdx ∪ rightIdx (deeper in a tree that is a subset of the data): compute H(parent) on those.',
      zh: '你在全部标签上计算父节点的熵。被划分的节点只包含 leftIdx ∪ rightIdx 中的样本（在树的深层，这只是数据的一个子集）：请在这些样本上计算 H(parent)。',
    },
    edits: [
      {
        find: `const parent = [...left, ...right];
  const wLeft = left.length / parent.length;
  const wRight = right.length / parent.length;
  return entropy(parent) - (wLeft * entropy(left) + wRight * entropy(right));`,
        replace: `const n = left.length + right.length;
  return entropy(labels) - ((left.length / n) * entropy(left) + (right.length / n) * entropy(right));`,
      },
    ],
  },
  {
    name: 'unweighted-children',
    hint: {
      en: 'You average the two child entropies equally. Weight each branch by its share of the examples: gain = H(parent) − (|L|/(|L|+|R|)·H(L) + |R|/(|L|+|R|)·H(R)).',
      zh: '你把两个子节点的熵直接平均了。每个分支要按它所占样本的比例加权：gain = H(parent) − (|L|/(|L|+|R|)·H(L) + |R|/(|L|+|R|)·H(R))。',
    },
    edits: [
      {
        find: `const parent = [...left, ...right];
  const wLeft = left.length / parent.length;
  const wRight = right.length / parent.length;
  return entropy(parent) - (wLeft * entropy(left) + wRight * entropy(right));`,
        replace: 'return entropy([...left, ...right]) - (entropy(left) + entropy(right)) / 2;',
      },
    ],
  },
  {
    name: 'zero-log-zero',
    hint: {
      en: 'A pure node (all 0s or all 1s) or an empty one gives NaN: 0·log2(0) is 0·(−Infinity) = NaN in JavaScript, and 0/0 is NaN. Use the convention 0·log 0 = 0 (skip a class whose fraction is 0) and return 0 for an empty set.',
      zh: '纯节点（全是 0 或全是 1）或空节点会得到 NaN：在 JavaScript 中 0·log2(0) 是 0·(−Infinity) = NaN，0/0 也是 NaN。请使用约定 0·log 0 = 0（跳过比例为 0 的类别），空集合的熵返回 0。',
    },
    edits: [
      {
        find: `export function entropy(labels) {
  if (labels.length === 0) return 0;`,
        replace: 'export function entropy(labels) {',
      },
      {
        find: `let h = 0;
  for (const p of [p1, 1 - p1]) {
    if (p > 0) h -= p * Math.log2(p);`,
        replace: `const p0 = 1 - p1;
  return -p1 * Math.log2(p1) - p0 * Math.log2(p0);`,
      },
      {
        find: `}
  return h;
}`,
        replace: '}',
      },
    ],
  },
]);
