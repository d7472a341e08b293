/**
 * Inverted dropout on a matrix of activations.
 *
 * @param {number[][]} A - activations, m×n (one example per row)
 * @param {number} keepProb - probability of keeping a unit, in (0, 1]
 * @param {number[][]} u - uniform random numbers in [0, 1), same shape as A
 * @returns {{ out: number[][], mask: number[][] }} mask[i][j] = 1 where u[i][j] < keepProb, else 0;
 *   out = A·mask / keepProb (a new matrix)
 */
export function invertedDropout(A, keepProb, u) {
  throw new Error('not implemented');
}
