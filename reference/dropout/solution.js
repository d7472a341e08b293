/**
 * Inverted dropout on a matrix of activations.
 *
 * @param {number[][]} A - activations, m×n
 * @param {number} keepProb - probability of keeping a unit, in (0, 1]
 * @param {number[][]} u - uniform numbers in [0, 1), same shape as A
 * @returns {{ out: number[][], mask: number[][] }}
 */
export function invertedDropout(A, keepProb, u) {
  const mask = u.map((row) => row.map((x) => (x < keepProb ? 1 : 0)));
  // A dropped unit is exactly 0 (not −0 for a negative activation).
  const out = A.map((row, i) => row.map((a, j) => (mask[i][j] === 1 ? a / keepProb : 0)));
  return { out, mask };
}
