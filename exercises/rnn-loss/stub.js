/**
 * Cross-entropy loss of a whole sequence: the sum over time steps.
 *
 * @param {number[][]} yHats - T×n_y, row t the predicted probabilities at step t
 * @param {number[]} labels - T class indices (0-based), the true class at each step
 * @returns {number} L = Σ_t −log ŷ_t[label_t]
 */
export function sequenceLoss(yHats, labels) {
  throw new Error('not implemented');
}
