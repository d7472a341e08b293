/**
 * Shuffle a data set with a given permutation and cut it into mini-batches.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m labels
 * @param {number} batchSize - examples per batch (a positive integer)
 * @param {number[]} perm - a permutation of 0..m−1: position k of the shuffled data holds row perm[k]
 * @returns {{ X: number[][], y: number[] }[]} the batches in order; only the last one may be smaller
 */
export function makeMiniBatches(X, y, batchSize, perm) {
  throw new Error('not implemented');
}
