export const hint = {
  en: 'Your gradient divides by 2m, like the cost. The ½ of the cost cancels with the 2 of the square when you differentiate: dw_j = 1/m Σ (f − y)·x_j, db = 1/m Σ (f − y).',
  zh: '你的梯度像代价一样除以了 2m。求导时代价中的 ½ 与平方带来的 2 相互抵消：dw_j = 1/m Σ (f − y)·x_j，db = 1/m Σ (f − y)。',
};

export function computeGradient(X, y, w, b) {
  const m = X.length;
  const n = w.length;
  const dw = new Array(n).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < n; j++) f += X[i][j] * w[j];
    const err = f - y[i];
    for (let j = 0; j < n; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw: dw.map((d) => d / (2 * m)), db: db / (2 * m) };
}
