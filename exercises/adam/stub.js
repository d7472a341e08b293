/**
 * One step of the Adam optimizer.
 *
 * @param {number[]} theta - the parameters θ
 * @param {number[]} grad - the gradient of the loss at θ (same length)
 * @param {{ m: number[], v: number[], t: number }} state - the moving averages m and v and
 *   the number t of steps already done ({ m: zeros, v: zeros, t: 0 } before the first step)
 * @param {number} [lr=1e-3] - learning rate
 * @param {number} [beta1=0.9] - decay rate of the first moment m
 * @param {number} [beta2=0.999] - decay rate of the second moment v
 * @param {number} [eps=1e-8] - added to √v̂ in the denominator
 * @returns {{ theta: number[], state: { m: number[], v: number[], t: number } }} the new
 *   parameters and the new state (new arrays; do not change the arguments)
 */
export function adamStep(theta, grad, state, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  throw new Error('not implemented');
}
