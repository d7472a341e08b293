/**
 * Forward pass of one fully connected layer: g(A·W + 1·bᵀ).
 *
 * @param {number[][]} A - m×n_in inputs (activations of the previous layer), one example per row
 * @param {number[][]} W - n_in×n_out weights: W[k][j] connects input k to unit j
 * @param {number[]} b - n_out biases, one per unit
 * @param {'relu'|'sigmoid'|'tanh'|'linear'} activation - the name of g
 * @returns {number[][]} the m×n_out activations
 * @throws {Error} mentioning 'shape' when the dimensions disagree, 'activation' for an unknown name
 */
export function denseForward(A, W, b, activation) {
  throw new Error('not implemented');
}
