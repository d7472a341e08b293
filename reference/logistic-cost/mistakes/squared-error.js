export const hint = {
  en: 'You use the squared error 1/(2m) Σ (σ(z) − y)² of linear regression. With the sigmoid inside it is not convex; logistic regression uses the cross-entropy loss −y·log σ(z) − (1 − y)·log(1 − σ(z)), averaged over the examples.',
  zh: '你用了线性回归的平方误差 1/(2m) Σ (σ(z) − y)²。套上 sigmoid 后它不是凸的；逻辑回归使用交叉熵损失 −y·log σ(z) − (1 − y)·log(1 − σ(z))，再对样本求平均。',
};

export function logisticCost(X, y, w, b) {
  const m = X.length;
  let total = 0;
  for (let i = 0; i < m; i++) {
    const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    const f = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    total += (f - y[i]) ** 2;
  }
  return total / (2 * m);
}
