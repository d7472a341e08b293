/**
 * Forward pass of a multilayer perceptron, keeping every layer's output.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {{ W: number[][], b: number[], activation: 'relu'|'sigmoid'|'tanh'|'linear' }[]} layers -
 *   layer l has W n_{l-1}×n_l, b of length n_l and its own activation
 * @returns {{ activations: number[][][], output: number[][] }} activations[0] is X,
 *   activations[l] the m×n_l output of layer l; output is the last one
 */
export function mlpForward(X, layers) {
  throw new Error('not implemented');
}
