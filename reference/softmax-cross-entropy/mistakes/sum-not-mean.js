export const hint = {
  en: 'You return the sum of the per-example losses. The loss is their mean: divide the total by the number of rows m.',
  zh: '你返回的是各样本损失之和。损失应取平均：把总和除以行数 m。',
};

export function sparseCategoricalCrossEntropy(logits, labels) {
  let total = 0;
  logits.forEach((row, i) => {
    const max = Math.max(...row);
    const lse = max + Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0));
    total += lse - row[labels[i]];
  });
  return total;
}
