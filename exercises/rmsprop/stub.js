/**
 * One RMSprop step, as torch.optim.RMSprop does it.
 *
 * @param {number[]} theta - parameters θ
 * @param {number[]} grad - the gradient at θ
 * @param {number[]} s - running average of the squared gradients (zeros before the first step)
 * @param {number} lr - learning rate
 * @param {number} [alpha=0.99] - smoothing constant of the average
 * @param {number} [eps=1e-8] - added to √s in the denominator
 * @returns {{ theta: number[], s: number[] }} the new parameters and the new average
 */
export function rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8) {
  throw new Error('not implemented');
}
