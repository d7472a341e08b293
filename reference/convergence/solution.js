/** J(w, b) = 1/(2m) Σ (f_i − y_i)² */
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

/** dw_j = 1/m Σ (f_i − y_i) x_ij ; db = 1/m Σ (f_i − y_i) */
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

/**
 * Gradient descent with a stopping rule: after each update, compare the new cost with the
 * previous one. If it went up, stop (diverged); if it went down by less than epsilon, stop
 * (converged); after maxIters updates, stop with both flags false.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @param {number[]} w0 - n initial weights (not changed)
 * @param {number} b0 - initial bias
 * @param {number} alpha - learning rate
 * @param {number} epsilon - the smallest decrease of the cost that counts as progress
 * @param {number} maxIters - the most updates to do
 * @returns {{ w: number[], b: number, iters: number, converged: boolean, diverged: boolean }}
 */
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
