export const hint = {
  en: 'You exponentiate the raw logits: e^1000 overflows to Infinity and Infinity/Infinity is NaN. Shift by the row maximum and use log-sum-exp: −log softmax(z)[y] = (max − z_y) + log Σ_k e^(z_k − max).',
  zh: '你直接对原始 logits 取指数：e^1000 溢出为 Infinity，Infinity/Infinity 得到 NaN。请减去每行最大值并使用 log-sum-exp：−log softmax(z)[y] = (max − z_y) + log Σ_k e^(z_k − max)。',
};

export function sparseCategoricalCrossEntropy(logits, labels) {
  let total = 0;
  logits.forEach((row, i) => {
    const exps = row.map((z) => Math.exp(z));
    const sum = exps.reduce((a, b) => a + b, 0);
    total += -Math.log(exps[labels[i]] / sum);
  });
  return total / logits.length;
}
