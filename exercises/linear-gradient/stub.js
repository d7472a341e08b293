/**
 * Gradient of the squared-error cost J(w, b) = 1/(2m) Σ (f_i − y_i)² of a linear model.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @returns {{ dw: number[], db: number }} the partial derivatives ∂J/∂w_j (n numbers) and ∂J/∂b
 */
export function computeGradient(X, y, w, b) {
  throw new Error('not implemented');
}
