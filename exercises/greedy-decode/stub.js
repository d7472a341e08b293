/**
 * Greedy decoding with a basic RNN: start from a one-hot start token, and at every step feed back
 * the one-hot vector of the most probable output (ties to the lower index).
 *
 * @param {{ Waa: number[][], Wax: number[][], Wya: number[][], ba: number[], by: number[] }} p - Waa n_a×n_a, Wax n_a×n_x, Wya n_y×n_a, ba n_a, by n_y, with n_x = n_y (the vocabulary size)
 * @param {number[]} a0 - initial activation, n_a
 * @param {number} startIndex - index of the start token
 * @param {number} steps - how many tokens to generate
 * @returns {number[]} the `steps` chosen indices (the start token not included)
 */
export function greedyDecode(p, a0, startIndex, steps) {
  throw new Error('not implemented');
}
