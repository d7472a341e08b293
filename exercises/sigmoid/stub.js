/**
 * The sigmoid (logistic) function, elementwise.
 *
 * @param {number | number[] | number[][]} z - a number, a vector or a matrix of logits
 * @returns {number | number[] | number[][]} σ(z) = 1 / (1 + e^−z) for every element, same shape as z
 */
export function sigmoid(z) {
  throw new Error('not implemented');
}
