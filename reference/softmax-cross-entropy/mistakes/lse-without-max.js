export const hint = {
  en: 'You shift the logits by the row maximum inside the exponentials but never add it back: log Σ_k e^(z_k) = max + log Σ_k e^(z_k − max).',
  zh: '你在指数里减去了每行最大值，却没有把它加回来：log Σ_k e^(z_k) = max + log Σ_k e^(z_k − max)。',
};

export function sparseCategoricalCrossEntropy(logits, labels) {
  let total = 0;
  logits.forEach((row, i) => {
    const max = Math.max(...row);
    const lse = Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    total += lse - row[labels[i]];
  });
  return total / logits.length;
}
