/**
 * Shuffle a data set with a given permutation and cut it into mini-batches.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m labels
 * @param {number} batchSize - examples per batch (a positive integer)
 * @param {number[]} perm - a permutation of 0..m−1: position k of the shuffled data holds row perm[k]
 * @returns {{ X: number[][], y: number[] }[]} the batches, in order; only the last may be smaller
 */
export function makeMiniBatches(X, y, batchSize, perm) {
  // Shuffled copies: X[perm] and y[perm] in numpy.
  const shuffledX = perm.map((i) => X[i].slice());
  const shuffledY = perm.map((i) => y[i]);

  const batches = [];
  for (let start = 0; start < perm.length; start += batchSize) {
    batches.push({
      X: shuffledX.slice(start, start + batchSize),
      y: shuffledY.slice(start, start + batchSize),
    });
  }
  return batches;
}
