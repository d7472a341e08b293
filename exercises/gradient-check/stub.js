/**
 * The gradient of f at x by centered differences.
 *
 * @param {(x: number[]) => number} f - a scalar function of a vector (call it 2n times)
 * @param {number[]} x - the point, n coordinates (do not change it)
 * @param {number} [h=1e-5] - the step
 * @returns {number[]} the n partial derivatives (f(x + h·e_i) − f(x − h·e_i)) / (2h)
 */
export function numericalGradient(f, x, h = 1e-5) {
  throw new Error('not implemented');
}

/**
 * Relative error between two gradients: ‖a − b‖ / max(‖a‖ + ‖b‖, 1e-12), Euclidean norms.
 *
 * @param {number[]} a
 * @param {number[]} b
 * @returns {number}
 */
export function relativeError(a, b) {
  throw new Error('not implemented');
}
