/** σ(z), stable for large |z|: exp is only ever taken of a non-positive number. */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * One independent probability per label: the elementwise sigmoid of the logits.
 *
 * @param {number[][]} Z - m×K logits, one row per example, one column per label
 * @returns {number[][]} m×K probabilities σ(Z); a row need not sum to 1
 */
export function labelProbabilities(Z) {
  return Z.map((row) => row.map((z) => sigmoid(z)));
}

/**
 * The labels each example is predicted to have: 1 where σ(z) ≥ threshold, else 0.
 *
 * @param {number[][]} Z - m×K logits
 * @param {number} [threshold=0.5]
 * @returns {number[][]} m×K of 0/1: an example may have zero, one or several labels
 */
export function predictLabels(Z, threshold = 0.5) {
  return Z.map((row) => row.map((z) => (sigmoid(z) >= threshold ? 1 : 0)));
}

/**
 * Mean binary cross-entropy over all m·K entries, from the logits (BCEWithLogitsLoss).
 *
 * @param {number[][]} Z - m×K logits, m, K ≥ 1
 * @param {number[][]} Y - m×K labels 0/1
 * @returns {number}
 */
export function multiLabelLoss(Z, Y) {
  let total = 0;
  let count = 0;
  for (let i = 0; i < Z.length; i++) {
    for (let j = 0; j < Z[i].length; j++) {
      const z = Z[i][j];
      total += Math.max(z, 0) - z * Y[i][j] + Math.log1p(Math.exp(-Math.abs(z)));
      count++;
    }
  }
  return total / count;
}
