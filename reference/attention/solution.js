/** Softmax of a vector, shifted by its maximum so that exp never overflows. */
function softmax(z) {
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

function dot(u, v) {
  return u.reduce((s, x, i) => s + x * v[i], 0);
}

/**
 * Attention weights: the softmax of a vector of scores e<t'>.
 *
 * @param {number[]} e - T' scores
 * @returns {number[]} T' weights, positive, summing to 1
 */
export function attentionWeights(e) {
  return softmax(e);
}

/**
 * The context vector c = Σ_t' alphas[t'] · as[t'].
 *
 * @param {number[]} alphas - T' weights
 * @param {number[][]} as - T'×n_a, one activation per row
 * @returns {number[]} n_a
 */
export function contextVector(alphas, as) {
  const c = as[0].map(() => 0);
  as.forEach((a, t) => {
    a.forEach((v, j) => {
      c[j] += alphas[t] * v;
    });
  });
  return c;
}

/**
 * Scaled dot-product attention: softmax(Q·Kᵀ / √d_k)·V, row by row.
 *
 * @param {number[][]} Q - n_q×d_k, one query per row
 * @param {number[][]} K - n_k×d_k, one key per row
 * @param {number[][]} V - n_k×d_v, one value per row
 * @param {boolean[][]} [mask] - n_q×n_k; false excludes key j from query i's softmax
 * @returns {number[][]} n_q×d_v; a query whose keys are all masked gets a row of zeros
 */
export function scaledDotProductAttention(Q, K, V, mask) {
  const dk = K[0].length;
  const dv = V[0].length;
  return Q.map((q, i) => {
    const keys = [];
    const scores = [];
    K.forEach((k, j) => {
      if (!mask || mask[i][j]) {
        keys.push(j);
        scores.push(dot(q, k) / Math.sqrt(dk));
      }
    });
    const out = new Array(dv).fill(0);
    if (keys.length === 0) return out; // every key masked: nothing to attend to
    const weights = softmax(scores);
    keys.forEach((j, n) => {
      for (let d = 0; d < dv; d++) out[d] += weights[n] * V[j][d];
    });
    return out;
  });
}
