export const hint = {
  en: 'Your gradient points the wrong way: you use y − σ(z). The derivative of the cost is (σ(z) − y), prediction minus label, so dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij.',
  zh: '你的梯度方向反了：你用了 y − σ(z)。代价的导数是 (σ(z) − y)，即预测减标签，所以 dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij。',
};

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function logisticGradient(X, y, w, b) {
  const m = X.length;
  const dw = new Array(w.length).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    const err = y[i] - sigmoid(X[i].reduce((s, x, j) => s + x * w[j], b));
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw: dw.map((g) => g / m), db: db / m };
}
