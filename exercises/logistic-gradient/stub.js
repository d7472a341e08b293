/**
 * Gradient of the logistic regression cost with respect to w and b.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m labels, each 0 or 1
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {{ dw: number[], db: number }} dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij, db = (1/m) Σ_i (σ(z_i) − y_i), z = X·w + b
 */
export function logisticGradient(X, y, w, b) {
  throw new Error('not implemented');
}
