/**
 * One step of gradient descent with momentum.
 *
 * @param {number[]} theta - parameters θ
 * @param {number[]} grad - the gradient at θ
 * @param {number[]} v - the velocity (zeros before the first step)
 * @param {number} lr - learning rate α
 * @param {number} beta - momentum β
 * @param {'ema' | 'torch'} form - 'ema': v = βv + (1−β)g (the notes); 'torch': v = βv + g (PyTorch SGD)
 * @returns {{ theta: number[], v: number[] }} the new parameters and velocity
 */
export function momentumStep(theta, grad, v, lr, beta, form) {
  if (form !== 'ema' && form !== 'torch') throw new Error(`unknown form '${form}': use 'ema' or 'torch'`);
  const dampening = form === 'ema' ? 1 - beta : 1;
  const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  const thetaNew = theta.map((t, i) => t - lr * vNew[i]);
  return { theta: thetaNew, v: vNew };
}

/**
 * One step of Nesterov momentum in the notes' form: the gradient is taken at the look-ahead
 * point θ − lr·v_old.
 *
 * @param {number[]} theta - parameters θ
 * @param {(theta: number[]) => number[]} gradFn - returns the gradient at a point (call it once)
 * @param {number[]} v - the velocity
 * @param {number} lr - learning rate α
 * @param {number} beta - momentum β
 * @returns {{ theta: number[], v: number[] }} the new parameters and velocity
 */
export function nesterovStep(theta, gradFn, v, lr, beta) {
  const lookAhead = theta.map((t, i) => t - lr * v[i]);
  const g = gradFn(lookAhead);
  const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
  const thetaNew = theta.map((t, i) => t - lr * vNew[i]);
  return { theta: thetaNew, v: vNew };
}
