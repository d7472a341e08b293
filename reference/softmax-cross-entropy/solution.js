/**
 * Mean sparse categorical cross-entropy, computed from the logits with log-sum-exp.
 *
 * @param {number[][]} logits - m×C scores, one row per example
 * @param {number[]} labels - m class indices in 0..C−1
 * @returns {number} mean over rows of −log softmax(row)[label]
 */
export function sparseCategoricalCrossEntropy(logits, labels) {
  let total = 0;
  for (let i = 0; i < logits.length; i++) {
    const row = logits[i];
    const max = Math.max(...row);
    let sum = 0;
    for (const z of row) sum += Math.exp(z - max);
    // −log softmax(z)[y] = log Σ_k e^{z_k} − z_y = (max − z_y) + log Σ_k e^{z_k − max}
    total += max - row[labels[i]] + Math.log(sum);
  }
  return total / logits.length;
}
