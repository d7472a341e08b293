export const hint = {
  en: 'Your iters is one short when the run stops early: it must count every update done, including the one whose cost triggered the stop (a run that diverges on its first update has iters = 1).',
  zh: '提前停止时你的 iters 少了一：它要计入所有已做的更新，包括其代价触发停止的那一次（第一次更新就发散的运行，iters = 1）。',
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
  let converged = false;
  let diverged = false;
  let iters;
  for (iters = 0; iters < maxIters; iters++) {
    const { dw, db } = computeGradient(X, y, w, b);
    w = w.map((wj, j) => wj - alpha * dw[j]);
    b = b - alpha * db;
    const cost = computeCost(X, y, w, b);
    if (cost > prev) {
      diverged = true;
      break;
    }
    if (prev - cost < epsilon) {
      converged = true;
      break;
    }
    prev = cost;
  }
  return { w, b, iters, converged, diverged };
}
