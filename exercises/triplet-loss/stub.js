/**
 * Triplet loss of a batch of (anchor, positive, negative) encodings.
 *
 * @param {number[][]} anchor - m×d: row i is the encoding of anchor image i
 * @param {number[][]} positive - m×d: row i encodes the same person as anchor i
 * @param {number[][]} negative - m×d: row i encodes a different person
 * @param {number} margin - the margin α (≥ 0)
 * @returns {number} the mean over the m rows of max(‖a − p‖² − ‖a − n‖² + margin, 0)
 */
export function tripletLoss(anchor, positive, negative, margin) {
  throw new Error('not implemented');
}
