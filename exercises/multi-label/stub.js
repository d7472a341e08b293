/**
 * One independent probability per label: σ applied to every logit.
 *
 * @param {number[][]} Z - m×K logits, one row per example, one column per label
 * @returns {number[][]} m×K probabilities (a row need not sum to 1); [] for an empty batch
 */
export function labelProbabilities(Z) {
  throw new Error('not implemented');
}

/**
 * The predicted labels: 1 where σ(z) ≥ threshold, 0 elsewhere.
 *
 * @param {number[][]} Z - m×K logits
 * @param {number} [threshold=0.5]
 * @returns {number[][]} m×K of 0/1; [] for an empty batch
 */
export function predictLabels(Z, threshold = 0.5) {
  throw new Error('not implemented');
}

/**
 * The mean binary cross-entropy over all m·K entries, computed from the logits.
 *
 * @param {number[][]} Z - m×K logits (m, K ≥ 1)
 * @param {number[][]} Y - m×K labels, each 0 or 1
 * @returns {number}
 */
export function multiLabelLoss(Z, Y) {
  throw new Error('not implemented');
}
