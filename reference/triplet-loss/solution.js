// Triplet loss (FaceNet, as in the notes): squared Euclidean distances, a hinge per row, the mean
// over the rows of the batch.

/**
 * @param {number[][]} anchor - m×d, row i is the encoding f(A) of example i
 * @param {number[][]} positive - m×d, row i is f(P): the same person as the anchor
 * @param {number[][]} negative - m×d, row i is f(N): a different person
 * @param {number} margin - α ≥ 0, how much farther the negative must be than the positive
 * @returns {number} 1/m Σ_i max(‖a_i − p_i‖² − ‖a_i − n_i‖² + margin, 0)
 */
export function tripletLoss(anchor, positive, negative, margin) {
  const m = anchor.length;
  let total = 0;
  for (let i = 0; i < m; i++) {
    // Squared distances: no square root.
    let posDist = 0;
    let negDist = 0;
    for (let j = 0; j < anchor[i].length; j++) {
      const dp = anchor[i][j] - positive[i][j];
      const dn = anchor[i][j] - negative[i][j];
      posDist += dp * dp;
      negDist += dn * dn;
    }
    // The hinge is taken for each triplet on its own: a well-separated triplet adds 0, never a negative amount.
    total += Math.max(posDist - negDist + margin, 0);
  }
  return total / m;
}
