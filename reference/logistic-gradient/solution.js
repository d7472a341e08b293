/**
 * Stable sigmoid of one number: the exponent is never positive.
 *
 * @param {number} z
 * @returns {number}
 */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Gradient of the logistic regression cost:
 * dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij,  db = (1/m) Σ_i (σ(z_i) − y_i),  z = X·w + b.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m labels (0 or 1)
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {{ dw: number[], db: number }}
 */
export function logisticGradient(X, y, w, b) {
  const m = X.length;
  const n = w.length;
  const dw = new Array(n).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < n; j++) z += X[i][j] * w[j];
    const err = sigmoid(z) - y[i];
    for (let j = 0; j < n; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw: dw.map((g) => g / m), db: db / m };
}
