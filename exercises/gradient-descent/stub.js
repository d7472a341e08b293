/**
 * Batch gradient descent on the squared-error cost J(w, b) = 1/(2m) Σ (f_i − y_i)² of a
 * linear model f = X·w + b.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @param {number[]} w0 - n initial weights (do not change this array)
 * @param {number} b0 - initial bias
 * @param {number} alpha - learning rate
 * @param {number} iters - number of updates to do
 * @returns {{ w: number[], b: number, history: number[] }} the parameters after the last update
 *   and iters + 1 costs: J(w0, b0), then J after each update
 */
export function gradientDescent(X, y, w0, b0, alpha, iters) {
  throw new Error('not implemented');
}
