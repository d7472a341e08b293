export const hint = {
  en: 'Your cost divides by m instead of 2m (J = 1/(2m) Σ (f − y)²), so every decrease you compare with epsilon is twice too large and the run stops at the wrong update.',
  zh: '你的代价除以了 m 而不是 2m（J = 1/(2m) Σ (f − y)²），所以你与 epsilon 比较的每个下降量都大了一倍，运行在错误的那次更新处停止。',
};

function computeCost(X, y, w, b) {
  const m = X.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    sum += (f - y[i]) ** 2;
  }
  return sum / m;
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
    if (prev - cost < epsilon) return { w, b, iters, converged: true, diverged: false };
    prev = cost;
  }
  return { w, b, iters: maxIters, converged: false, diverged: false };
}
