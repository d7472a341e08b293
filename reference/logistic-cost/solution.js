/**
 * Mean binary cross-entropy of a logistic regression model, computed from the logits.
 *
 * Per example, −y·log σ(z) − (1 − y)·log(1 − σ(z)) = log(1 + e^z) − y·z, and the softplus
 * log(1 + e^z) is evaluated as max(z, 0) + log1p(e^−|z|): the exponent is never positive,
 * so nothing overflows and no probability is ever rounded to 0 before its log is taken.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m labels (0 or 1)
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {number} J(w, b)
 */
export function logisticCost(X, y, w, b) {
  const m = X.length;
  let total = 0;
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < w.length; j++) z += X[i][j] * w[j];
    const softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    total += softplus - y[i] * z;
  }
  return total / m;
}
