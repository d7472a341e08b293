/**
 * Minimize the quadratic f(θ) = ½θᵀPθ + qᵀθ (gradient Pθ + q) and return the path taken.
 *
 * @param {number[][]} P - n×n symmetric positive definite matrix
 * @param {number[]} q - vector of length n
 * @param {number[]} theta0 - the starting point (do not change it)
 * @param {'gd' | 'momentum' | 'nesterov' | 'adam' | 'newton'} method - the optimizer
 * @param {{ lr?: number, beta?: number, beta1?: number, beta2?: number, eps?: number }} hp -
 *   hyperparameters: lr (required, except for Newton where it defaults to 1), beta = 0.9
 *   (momentum, Nesterov), beta1 = 0.9, beta2 = 0.999, eps = 1e-8 (Adam)
 * @param {number} iters - the number of steps
 * @returns {number[][]} the iters + 1 points of the path: θ0, then θ after each step
 */
export function minimizeQuadratic(P, q, theta0, method, hp, iters) {
  throw new Error('not implemented');
}
