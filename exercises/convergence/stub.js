/**
 * Gradient descent on the squared-error cost J(w, b) = 1/(2m) Σ (f_i − y_i)² that stops by itself.
 * After each (simultaneous) update, compare the new cost with the previous one: if it went up,
 * stop with diverged: true; else if it went down by less than epsilon, stop with converged: true;
 * after maxIters updates, stop with both flags false.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @param {number[]} w0 - n initial weights (do not change this array)
 * @param {number} b0 - initial bias
 * @param {number} alpha - learning rate
 * @param {number} epsilon - a decrease of the cost smaller than this means converged
 * @param {number} maxIters - the most updates to do
 * @returns {{ w: number[], b: number, iters: number, converged: boolean, diverged: boolean }}
 *   the parameters after the last update done, the number of updates done, and why it stopped
 */
export function runUntilConverged(X, y, w0, b0, alpha, epsilon, maxIters) {
  throw new Error('not implemented');
}
