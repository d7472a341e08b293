/**
 * L1 penalty over all the weights of a network.
 *
 * @param {number[][][]} weights - a list of weight matrices, one per layer (any shapes; possibly empty)
 * @param {number} lambda - the regularization strength λ
 * @returns {number} λ Σ |w| over every element of every matrix
 */
export function l1Penalty(weights, lambda) {
  throw new Error('not implemented');
}

/**
 * L2 penalty over all the weights of a network.
 *
 * @param {number[][][]} weights - a list of weight matrices, one per layer (any shapes; possibly empty)
 * @param {number} lambda - the regularization strength λ
 * @returns {number} λ Σ w² over every element of every matrix (no ½)
 */
export function l2Penalty(weights, lambda) {
  throw new Error('not implemented');
}
