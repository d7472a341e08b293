/**
 * Mean binary cross-entropy of a logistic regression model, computed stably from the logits.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m labels, each 0 or 1
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {number} J(w, b) = (1/m) Σ_i [ −y_i log σ(z_i) − (1 − y_i) log(1 − σ(z_i)) ], z = X·w + b
 */
export function logisticCost(X, y, w, b) {
  throw new Error('not implemented');
}
