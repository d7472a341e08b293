export const hint = {
  en: 'You use log base 2. The cross-entropy loss uses the natural logarithm: −Math.log(p), not −Math.log2(p) (your losses are 1/ln 2 ≈ 1.44 times too large).',
  zh: '你用了以 2 为底的对数。交叉熵损失用自然对数：−Math.log(p)，而不是 −Math.log2(p)（你的损失大了 1/ln 2 ≈ 1.44 倍）。',
};

export function sequenceLoss(yHats, labels) {
  let loss = 0;
  for (let t = 0; t < yHats.length; t++) loss -= Math.log2(yHats[t][labels[t]]);
  return loss;
}
