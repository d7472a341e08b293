export const hint = {
  en: 'You only add up the first matrix of the list. weights holds one matrix per layer and the penalty covers every element of every one of them.',
  zh: '你只累加了列表中的第一个矩阵。weights 每层一个矩阵，惩罚要覆盖所有矩阵的所有元素。',
};

export function l1Penalty(weights, lambda) {
  if (weights.length === 0) return 0;
  return lambda * weights[0].flat().reduce((s, w) => s + Math.abs(w), 0);
}

export function l2Penalty(weights, lambda) {
  if (weights.length === 0) return 0;
  return lambda * weights[0].flat().reduce((s, w) => s + w * w, 0);
}
