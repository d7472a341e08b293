/**
 * The logistic function of one number, in a form that never divides Infinity by Infinity:
 * for z ≥ 0 the exponent −z is ≤ 0, for z < 0 the exponent z is < 0, so exp never overflows.
 *
 * @param {number} z
 * @returns {number}
 */
function sigmoidOf(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Elementwise sigmoid 1 / (1 + e^−z) of a number, a vector or a matrix (same shape back).
 *
 * @param {number | number[] | number[][]} z
 * @returns {number | number[] | number[][]}
 */
export function sigmoid(z) {
  if (Array.isArray(z)) return z.map((v) => sigmoid(v));
  return sigmoidOf(z);
}
