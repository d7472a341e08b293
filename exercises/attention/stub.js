/**
 * Attention weights: the softmax of a vector of scores, computed stably.
 *
 * @param {number[]} e - T' scores e<t'>
 * @returns {number[]} T' weights α<t'>, each in [0, 1], summing to 1
 */
export function attentionWeights(e) {
  throw new Error('not implemented');
}

/**
 * The context vector: the weighted sum of the activations.
 *
 * @param {number[]} alphas - T' weights
 * @param {number[][]} as - T'×n_a, the activation a<t'> in row t'
 * @returns {number[]} n_a numbers: c = Σ_t' alphas[t'] · as[t']
 */
export function contextVector(alphas, as) {
  throw new Error('not implemented');
}

/**
 * Scaled dot-product attention: softmax(Q·Kᵀ / √d_k)·V, with the softmax along each row.
 *
 * @param {number[][]} Q - n_q×d_k, one query per row
 * @param {number[][]} K - n_k×d_k, one key per row
 * @param {number[][]} V - n_k×d_v, one value per row
 * @param {boolean[][]} [mask] - optional n_q×n_k; mask[i][j] false leaves key j out of query i's softmax
 * @returns {number[][]} n_q×d_v; a query whose mask row is all false gets d_v zeros
 */
export function scaledDotProductAttention(Q, K, V, mask) {
  throw new Error('not implemented');
}
