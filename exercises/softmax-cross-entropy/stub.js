/**
 * Mean sparse categorical cross-entropy, computed from the logits.
 *
 * @param {number[][]} logits - m×C scores (logits), one row per example
 * @param {number[]} labels - m class indices, each in 0..C−1
 * @returns {number} the mean over the rows of −log softmax(logits[i])[labels[i]]
 */
export function sparseCategoricalCrossEntropy(logits, labels) {
  throw new Error('not implemented');
}
