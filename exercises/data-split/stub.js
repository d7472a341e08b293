/**
 * Split m examples into training, validation and test sets in the order of a shuffle.
 *
 * @param {number} m - number of examples
 * @param {number[]} fractions - [trainFraction, valFraction], sum at most 1
 * @param {number[]} perm - a permutation of 0..m−1
 * @returns {{ train: number[], val: number[], test: number[] }} the example indices of each set
 */
export function trainValTestSplit(m, fractions, perm) {
  throw new Error('not implemented');
}
