/**
 * Squared-error cost of a linear regression model: J = 1/(2m) Σ (f_i − y_i)².
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {number} the cost J(w, b)
 */
export function computeCost(X, y, w, b) {
  const m = X.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    const err = f - y[i];
    sum += err * err;
  }
  return sum / (2 * m);
}
