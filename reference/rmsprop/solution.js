/**
 * One RMSprop step, as torch.optim.RMSprop (centered = false, momentum = 0, weight_decay = 0).
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
  const sNew = s.map((si, i) => alpha * si + (1 - alpha) * grad[i] * grad[i]);
  const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(sNew[i]) + eps));
  return { theta: thetaNew, s: sNew };
}
