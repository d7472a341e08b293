export const hint = {
  en: 'You stop when the decrease is ≤ epsilon. The rule is strict: converged only when previous − new < epsilon; a decrease of exactly epsilon still counts as progress, so keep going.',
  zh: '你在下降量 ≤ epsilon 时就停止了。规则是严格的：只有 上一次 − 新代价 < epsilon 才算收敛；下降量恰好等于 epsilon 仍算有进展，要继续。',
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
    if (cost > prev) return { w, b, iters, converged: false, diverged: true };
    if (prev - cost <= epsilon) return { w, b, iters, converged: true, diverged: false };
    prev = cost;
  }
  return { w, b, iters: maxIters, converged: false, diverged: false };
}
