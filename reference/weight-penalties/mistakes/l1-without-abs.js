export const hint = {
  en: 'Your L1 penalty adds the weights themselves, so negative weights cancel positive ones. Add their absolute values: λ Σ |w|.',
  zh: '你的 L1 惩罚直接累加权重本身，负权重会抵消正权重。应累加它们的绝对值：λ Σ |w|。',
};

export function l1Penalty(weights, lambda) {
  let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += w;
  return lambda * sum;
}

export function l2Penalty(weights, lambda) {
  let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return lambda * sum;
}
