export const hint = {
  en: 'Your gradient has the wrong sign: you use the error y − f. The derivative of (f − y)² with respect to w_j is 2(f − y)·x_j, so use f − y (prediction minus target).',
  zh: '你的梯度符号反了：你用的误差是 y − f。(f − y)² 对 w_j 的导数是 2(f − y)·x_j，所以要用 f − y（预测值减目标值）。',
};

export function computeGradient(X, y, w, b) {
  const m = X.length;
  const n = w.length;
  const dw = new Array(n).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < n; j++) f += X[i][j] * w[j];
    const err = y[i] - f;
    for (let j = 0; j < n; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw: dw.map((d) => d / m), db: db / m };
}
