/**
 * One step of gradient descent with momentum.
 *
 * @param {number[]} theta - parameters θ
 * @param {number[]} grad - the gradient of the cost at θ
 * @param {number[]} v - the velocity before the step (zeros before the first step)
 * @param {number} lr - learning rate α
 * @param {number} beta - momentum β
 * @param {'ema' | 'torch'} form - 'ema': v = βv + (1−β)g (the notes); 'torch': v = βv + g (PyTorch SGD)
 * @returns {{ theta: number[], v: number[] }} the new parameters and the new velocity
 */
export function momentumStep(theta, grad, v, lr, beta, form) {
  throw new Error('not implemented');
}

/**
 * One step of Nesterov momentum in the notes' form: gradient at the look-ahead point θ − lr·v.
 *
 * @param {number[]} theta - parameters θ
 * @param {(point: number[]) => number[]} gradFn - returns the gradient of the cost at a point; call it once
 * @param {number[]} v - the velocity before the step
 * @param {number} lr - learning rate α
 * @param {number} beta - momentum β
 * @returns {{ theta: number[], v: number[] }} the new parameters and the new velocity
 */
export function nesterovStep(theta, gradFn, v, lr, beta) {
  throw new Error('not implemented');
}
