/**
 * The squared Euclidean distance between two encodings (as in triplet-loss).
 *
 * @param {number[]} a
 * @param {number[]} b
 * @returns {number} ‖a − b‖²
 */
export function embeddingDistance(a, b) {
  let sum = 0;
  for (let j = 0; j < a.length; j++) {
    const diff = a[j] - b[j];
    sum += diff * diff;
  }
  return sum;
}

/**
 * Same person? True when the distance is at most the threshold.
 *
 * @param {number[]} a
 * @param {number[]} b
 * @param {number} tau
 * @returns {boolean}
 */
export function verify(a, b, tau) {
  return embeddingDistance(a, b) <= tau;
}

/**
 * Who is it? The name of the nearest entry (the earliest on a tie) if it is within tau.
 *
 * @param {number[]} emb
 * @param {{ name: string, embedding: number[] }[]} database
 * @param {number} tau
 * @returns {string} a name, or 'unknown'
 */
export function identify(emb, database, tau) {
  let best = null;
  let bestDistance = Infinity;
  for (const entry of database) {
    const d = embeddingDistance(emb, entry.embedding);
    if (d < bestDistance) {
      bestDistance = d;
      best = entry.name;
    }
  }
  if (best === null || bestDistance > tau) return 'unknown';
  return best;
}

/**
 * The threshold, among the pair distances, that classifies the most pairs right (the smallest on a tie).
 *
 * @param {number[][]} A - m×d encodings (m ≥ 1)
 * @param {number[][]} B - m×d encodings; pair i is A[i], B[i]
 * @param {boolean[]} same - same[i] is true when pair i shows the same person
 * @returns {{ tau: number, accuracy: number }}
 */
export function pickThreshold(A, B, same) {
  const m = A.length;
  const distances = A.map((a, i) => embeddingDistance(a, B[i]));
  let bestTau = Infinity;
  let bestAccuracy = -1;
  for (const tau of distances) {
    let correct = 0;
    for (let i = 0; i < m; i++) if ((distances[i] <= tau) === same[i]) correct++;
    const accuracy = correct / m;
    if (accuracy > bestAccuracy || (accuracy === bestAccuracy && tau < bestTau)) {
      bestAccuracy = accuracy;
      bestTau = tau;
    }
  }
  return { tau: bestTau, accuracy: bestAccuracy };
}
