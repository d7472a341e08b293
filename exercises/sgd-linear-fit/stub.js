/**
 * Fit a line f(x) = w·x + b by full-batch gradient descent on PyTorch's MSELoss
 * L = (1/m) Σ (f(x_i) − y_i)², starting from w = b = 0.
 *
 * @param {number[]} x - the m inputs
 * @param {number[]} y - the m targets
 * @param {number} lr - the learning rate
 * @param {number} epochs - the number of updates
 * @returns {{ w: number, b: number, losses: number[] }} w and b after the last update, and
 *   `epochs` losses: losses[e] is the loss before update e
 */
export function trainLinear(x, y, lr, epochs) {
  throw new Error('not implemented');
}
