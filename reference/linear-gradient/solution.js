/**
 * Gradient of the squared-error cost J = 1/(2m) Σ (f_i − y_i)² of a linear model.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {{ dw: number[], db: number }} dw_j = 1/m Σ (f_i − y_i) x_ij, db = 1/m Σ (f_i − y_i)
 */
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
  return { dw: dw.map((d) => d / m), db: db / m };
}
