export const hint = {
  en: 'You never check whether the cost went up: a rising cost has a negative decrease, which is below epsilon, so you report converged. First test new cost > previous cost (diverged: true), and only then the decrease < epsilon.',
  zh: '你没有检查代价是否上升：代价上升时下降量为负，小于 epsilon，于是你报告了收敛。应先判断 新代价 > 上一次代价（diverged: true），然后才判断下降量 < epsilon。',
};

function computeCost(X, y, w, b) {
  const m = X.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    sum += (f - y[i]) ** 2;
  }
  return sum / (2 * m);
}

function computeGradient(X, y, w, b) {
  const m = X.length;
  const dw = new Array(w.length).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    const err = f - y[i];
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw: dw.map((d) => d / m), db: db / m };
}

export function runUntilConverged(X, y, w0, b0, alpha, epsilon, maxIters) {
  let w = [...w0];
  let b = b0;
  let prev = computeCost(X, y, w, b);
  for (let iters = 1; iters <= maxIters; iters++) {
    const { dw, db } = computeGradient(X, y, w, b);
    w = w.map((wj, j) => wj - alpha * dw[j]);
    b = b - alpha * db;
    const cost = computeCost(X, y, w, b);
    if (prev - cost < epsilon) return { w, b, iters, converged: true, diverged: false };
    prev = cost;
  }
  return { w, b, iters: maxIters, converged: false, diverged: false };
}
