export const hint = {
  en: 'Your gradient is the sum over the examples, not the average: divide both dw and db by m (dw_j = 1/m Σ (f − y)·x_j, db = 1/m Σ (f − y)).',
  zh: '你的梯度是对样本求和，而不是求平均：dw 和 db 都要除以 m（dw_j = 1/m Σ (f − y)·x_j，db = 1/m Σ (f − y)）。',
};

export function computeGradient(X, y, w, b) {
  const n = w.length;
  const dw = new Array(n).fill(0);
  let db = 0;
  for (let i = 0; i < X.length; i++) {
    let f = b;
    for (let j = 0; j < n; j++) f += X[i][j] * w[j];
    const err = f - y[i];
    for (let j = 0; j < n; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw, db };
}
