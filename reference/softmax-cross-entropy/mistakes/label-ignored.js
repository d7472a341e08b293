export const hint = {
  en: 'Your loss uses the class with the largest logit instead of the true label. Pick the logit of the label of each row: loss_i = log Σ_k e^(z_k) − z_(y_i).',
  zh: '你的损失用的是 logit 最大的类别，而不是真实标签。每一行要取其标签对应的 logit：loss_i = log Σ_k e^(z_k) − z_(y_i)。',
};

export function sparseCategoricalCrossEntropy(logits, labels) {
  let total = 0;
  logits.forEach((row) => {
    const max = Math.max(...row);
    const predicted = row.indexOf(max);
    const lse = max + Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    total += lse - row[predicted];
  });
  return total / logits.length;
}
