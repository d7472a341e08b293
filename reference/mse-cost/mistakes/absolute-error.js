export const hint = {
  en: 'Your cost adds up |f − y| (absolute errors). The squared-error cost squares each error: J = 1/(2m) Σ (f − y)².',
  zh: '你的代价累加的是 |f − y|（绝对误差）。平方误差代价要把每个误差平方：J = 1/(2m) Σ (f − y)²。',
};

export function computeCost(X, y, w, b) {
  const m = X.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    sum += Math.abs(f - y[i]);
  }
  return sum / (2 * m);
}
