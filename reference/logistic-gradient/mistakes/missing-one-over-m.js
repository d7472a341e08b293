export const hint = {
  en: 'Your gradient is m times too large: the cost is a mean, so dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij and db = (1/m) Σ_i (σ(z_i) − y_i). Divide both sums by m.',
  zh: '你的梯度大了 m 倍：代价是平均值，所以 dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij，db = (1/m) Σ_i (σ(z_i) − y_i)。两个求和都要除以 m。',
};

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function logisticGradient(X, y, w, b) {
  const dw = new Array(w.length).fill(0);
  let db = 0;
  for (let i = 0; i < X.length; i++) {
    const err = sigmoid(X[i].reduce((s, x, j) => s + x * w[j], b)) - y[i];
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw, db };
}
