/**
 * Squared-error cost of a linear regression model on a data set.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {number} the cost J(w, b) = 1/(2m) Σ (f_i − y_i)²
 */
export function computeCost(X, y, w, b) {
  throw new Error('not implemented');
}
