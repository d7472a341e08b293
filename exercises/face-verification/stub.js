/**
 * The squared Euclidean distance between two encodings.
 *
 * @param {number[]} a
 * @param {number[]} b
 * @returns {number} ‖a − b‖²
 */
export function embeddingDistance(a, b) {
  throw new Error('not implemented');
}

/**
 * Is it the same person? True when the distance is at most tau.
 *
 * @param {number[]} a
 * @param {number[]} b
 * @param {number} tau
 * @returns {boolean}
 */
export function verify(a, b, tau) {
  throw new Error('not implemented');
}

/**
 * Who is it? The name of the nearest entry (the earliest on a tie) if its distance is at most tau,
 * else 'unknown' (also for an empty database).
 *
 * @param {number[]} emb
 * @param {{ name: string, embedding: number[] }[]} database - a person may have several entries
 * @param {number} tau
 * @returns {string}
 */
export function identify(emb, database, tau) {
  throw new Error('not implemented');
}

/**
 * The threshold with the best accuracy on labelled pairs, among the pair distances (the smallest on a tie).
 *
 * @param {number[][]} A - m×d encodings (m ≥ 1)
 * @param {number[][]} B - m×d encodings; pair i is A[i], B[i]
 * @param {boolean[]} same - true when pair i shows the same person
 * @returns {{ tau: number, accuracy: number }}
 */
export function pickThreshold(A, B, same) {
  throw new Error('not implemented');
}
