export const hint = {
  en: 'You report diverged when the cost stays exactly the same (new ≥ previous). Only a cost that went up (new > previous) is divergence; an unchanged cost decreased by 0, which is less than epsilon: converged.',
  zh: '代价完全不变时（新 ≥ 上一次）你报告了发散。只有代价上升（新 > 上一次）才是发散；代价不变意味着下降量为 0，小于 epsilon：收敛。',
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
    if (cost >= prev) return { w, b, iters, converged: false, diverged: true };
    if (prev - cost < epsilon) return { w, b, iters, converged: true, diverged: false };
    prev = cost;
  }
  return { w, b, iters: maxIters, converged: false, diverged: false };
}
