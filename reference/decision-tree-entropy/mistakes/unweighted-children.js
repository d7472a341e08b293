export const hint = {
  en: 'You average the two child entropies equally. Weight each branch by its share of the examples: gain = H(parent) − (|L|/(|L|+|R|)·H(L) + |R|/(|L|+|R|)·H(R)).',
  zh: '你把两个子节点的熵直接平均了。每个分支要按它所占样本的比例加权：gain = H(parent) − (|L|/(|L|+|R|)·H(L) + |R|/(|L|+|R|)·H(R))。',
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
  return entropy([...left, ...right]) - (entropy(left) + entropy(right)) / 2;
}
