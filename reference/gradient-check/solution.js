/**
 * The gradient of f at x by centered differences, one coordinate at a time.
 *
 * @param {(x: number[]) => number} f - a scalar function of a vector
 * @param {number[]} x - the point
 * @param {number} [h=1e-5] - the step
 * @returns {number[]} g with g[i] ≈ ∂f/∂x_i
 */
export function numericalGradient(f, x, h = 1e-5) {
  const grad = [];
  for (let i = 0; i < x.length; i++) {
    const plus = x.slice();
    plus[i] = x[i] + h;
    const minus = x.slice();
    minus[i] = x[i] - h;
    grad.push((f(plus) - f(minus)) / (2 * h));
  }
  return grad;
}

/**
 * ‖a − b‖ / max(‖a‖ + ‖b‖, 1e-12), Euclidean norms.
 *
 * @param {number[]} a
 * @param {number[]} b
 * @returns {number}
 */
export function relativeError(a, b) {
  const norm = (v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const diff = a.map((ai, i) => ai - b[i]);
  return norm(diff) / Math.max(norm(a) + norm(b), 1e-12);
}
