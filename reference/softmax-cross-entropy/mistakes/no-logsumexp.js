export const hint = {
  en: 'You take the softmax first and then its log. Far from the maximum the probability underflows to 0 and log(0) = −Infinity. Work in log space: −log softmax(z)[y] = (max − z_y) + log Σ_k e^(z_k − max).',
  zh: '你先算 softmax 再取对数。远离最大值的概率会下溢为 0，而 log(0) = −Infinity。请在对数空间计算：−log softmax(z)[y] = (max − z_y) + log Σ_k e^(z_k − max)。',
};

export function sparseCategoricalCrossEntropy(logits, labels) {
  let total = 0;
  logits.forEach((row, i) => {
    const max = Math.max(...row);
    const exps = row.map((z) => Math.exp(z - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    const p = exps[labels[i]] / sum;
    total += -Math.log(p);
  });
  return total / logits.length;
}
