export const hint = {
  en: 'You use f = z = X·w + b, the linear model’s prediction. For logistic regression the error is σ(z) − y: apply the sigmoid to z before subtracting the label.',
  zh: '你用了 f = z = X·w + b，也就是线性模型的预测。逻辑回归的误差是 σ(z) − y：先对 z 求 sigmoid，再减去标签。',
};

export function logisticGradient(X, y, w, b) {
  const m = X.length;
  const dw = new Array(w.length).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    const err = z - y[i];
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw: dw.map((g) => g / m), db: db / m };
}
