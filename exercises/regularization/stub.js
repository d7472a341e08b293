/**
 * Regularized cost: the model's usual cost plus λ/(2m) Σ_j w_j² (b is not regularized).
 *
 * @param {'linear' | 'logistic'} model - which model's cost: squared error or cross-entropy
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets (labels 0 or 1 for 'logistic')
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @param {number} lambda - regularization strength λ ≥ 0
 * @returns {number} the regularized cost
 */
export function regularizedCost(model, X, y, w, b, lambda) {
  throw new Error('not implemented');
}

/**
 * Gradient of the regularized cost: dw_j + (λ/m) w_j; db unchanged.
 *
 * @param {'linear' | 'logistic'} model - which model: f = z or f = σ(z)
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets (labels 0 or 1 for 'logistic')
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @param {number} lambda - regularization strength λ ≥ 0
 * @returns {{ dw: number[], db: number }} the gradient with respect to w and b
 */
export function regularizedGradient(model, X, y, w, b, lambda) {
  throw new Error('not implemented');
}
