export const hint = {
  en: 'A pure node (all 0s or all 1s) or an empty one gives NaN: 0·log2(0) is 0·(−Infinity) = NaN in JavaScript, and 0/0 is NaN. Use the convention 0·log 0 = 0 (skip a class whose fraction is 0) and return 0 for an empty set.',
  zh: '纯节点（全是 0 或全是 1）或空节点会得到 NaN：在 JavaScript 中 0·log2(0) 是 0·(−Infinity) = NaN，0/0 也是 NaN。请使用约定 0·log 0 = 0（跳过比例为 0 的类别），空集合的熵返回 0。',
};

export function entropy(labels) {
  const p1 = labels.filter((y) => y === 1).length / labels.length;
  const p0 = 1 - p1;
  return -p1 * Math.log2(p1) - p0 * Math.log2(p0);
}

export function informationGain(labels, leftIdx, rightIdx) {
  const left = leftIdx.map((i) => labels[i]);
  const right = rightIdx.map((i) => labels[i]);
  const n = left.length + right.length;
  return entropy([...left, ...right]) - ((left.length / n) * entropy(left) + (right.length / n) * entropy(right));
}
