/**
 * Predictions of a linear regression model for every example.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {number[]} the m predictions f = X·w + b
 */
export function predict(X, w, b) {
  throw new Error('not implemented');
}
