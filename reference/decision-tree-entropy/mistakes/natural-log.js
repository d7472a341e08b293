export const hint = {
  en: 'You use the natural logarithm. Entropy in the notes is measured in bits, with log base 2: H = −p1 log2(p1) − p0 log2(p0), so a 50/50 node has entropy exactly 1 (use Math.log2).',
  zh: '你用了自然对数。笔记中的熵以比特为单位，使用以 2 为底的对数：H = −p1 log2(p1) − p0 log2(p0)，所以 50/50 的节点熵恰好为 1（用 Math.log2）。',
};

export function entropy(labels) {
  if (labels.length === 0) return 0;
  const p1 = labels.filter((y) => y === 1).length / labels.length;
  const p0 = 1 - p1;
  let h = 0;
  if (p1 > 0) h -= p1 * Math.log(p1);
  if (p0 > 0) h -= p0 * Math.log(p0);
  return h;
}

export function informationGain(labels, leftIdx, rightIdx) {
  const left = leftIdx.map((i) => labels[i]);
  const right = rightIdx.map((i) => labels[i]);
  const n = left.length + right.length;
  return entropy([...left, ...right]) - ((left.length / n) * entropy(left) + (right.length / n) * entropy(right));
}
