export const hint = {
  en: 'Your cost is negative: the loss is −y·log σ(z) − (1 − y)·log(1 − σ(z)), with a minus sign, so that it is ≥ 0 and small when the predictions are right.',
  zh: '你的代价是负的：损失是 −y·log σ(z) − (1 − y)·log(1 − σ(z))，前面有负号，这样它 ≥ 0，并且预测正确时很小。',
};

export function logisticCost(X, y, w, b) {
  const m = X.length;
  let total = 0;
  for (let i = 0; i < m; i++) {
    const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    // log σ(z) = −softplus(−z), log(1 − σ(z)) = −softplus(z)
    const logF = -(Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z))));
    const log1mF = -(Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))));
    total += y[i] * logF + (1 - y[i]) * log1mF;
  }
  return total / m;
}
