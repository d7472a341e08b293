export const hint = {
  en: 'You take the parent entropy over all the labels. The node being split holds only the examples in leftIdx ∪ rightIdx (deeper in a tree that is a subset of the data): compute H(parent) on those.',
  zh: '你在全部标签上计算父节点的熵。被划分的节点只包含 leftIdx ∪ rightIdx 中的样本（在树的深层，这只是数据的一个子集）：请在这些样本上计算 H(parent)。',
};

export function entropy(labels) {
  if (labels.length === 0) return 0;
  const p1 = labels.filter((y) => y === 1).length / labels.length;
  const p0 = 1 - p1;
  let h = 0;
  if (p1 > 0) h -= p1 * Math.log2(p1);
  if (p0 > 0) h -= p0 * Math.log2(p0);
  return h;
}

export function informationGain(labels, leftIdx, rightIdx) {
  const left = leftIdx.map((i) => labels[i]);
  const right = rightIdx.map((i) => labels[i]);
  const n = left.length + right.length;
  return entropy(labels) - ((left.length / n) * entropy(left) + (right.length / n) * entropy(right));
}
