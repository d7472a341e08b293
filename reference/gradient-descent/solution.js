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
 * Batch gradient descent on the squared-error cost of a linear model.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @param {number[]} w0 - n initial weights (not changed)
 * @param {number} b0 - initial bias
 * @param {number} alpha - learning rate
 * @param {number} iters - number of updates
 * @returns {{ w: number[], b: number, history: number[] }} the final parameters and the iters+1
 *   costs: J(w0, b0), then J after each update
 */
export function gradientDescent(X, y, w0, b0, alpha, iters) {
  let w = [...w0];
  let b = b0;
  const history = [computeCost(X, y, w, b)];
  for (let k = 0; k < iters; k++) {
    // both derivatives at the current (w, b), then both parameters move: a simultaneous update
    const { dw, db } = computeGradient(X, y, w, b);
    w = w.map((wj, j) => wj - alpha * dw[j]);
    b = b - alpha * db;
    history.push(computeCost(X, y, w, b));
  }
  return { w, b, history };
}
