export const hint = {
  en: 'Your cost is the sum of the losses. The cost is their mean: J = (1/m) Σ_i loss_i, divide by the number of examples m.',
  zh: '你的代价是各样本损失之和。代价应是平均值：J = (1/m) Σ_i loss_i，要除以样本数 m。',
};

export function logisticCost(X, y, w, b) {
  let total = 0;
  for (let i = 0; i < X.length; i++) {
    const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    total += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
  }
  return total;
}
