/**
 * Row-wise softmax of a matrix of logits, stable for large logits.
 *
 * @param {number[][]} Z - m×C logits, one example per row, one score per class
 * @returns {number[][]} m×C probabilities: row i is e^(Z[i][j]) / Σ_k e^(Z[i][k])
 */
export function softmax(Z) {
  throw new Error('not implemented');
}
