/**
 * Cross-entropy loss of a whole sequence: the sum over time steps.
 *
 * @param {number[][]} yHats - T×n_y, row t the predicted probabilities at step t
 * @param {number[]} labels - T class indices (0-based), the true class at each step
 * @returns {number} L = Σ_t −log ŷ_t[label_t] (natural log; Infinity if a true class has probability 0)
 */
export function sequenceLoss(yHats, labels) {
  let loss = 0;
  for (let t = 0; t < yHats.length; t++) {
    loss -= Math.log(yHats[t][labels[t]]);
  }
  return loss;
}
