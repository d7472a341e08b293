/**
 * One step of momentum with bias correction.
 *
 * @param {number[]} theta - parameters θ
 * @param {number[]} grad - the gradient at θ
 * @param {{ u: number[], t: number }} state - u: the uncorrected velocity (zeros at the start); t: steps already done (0 before the first)
 * @param {number} lr - learning rate α
 * @param {number} beta - momentum β, 0 ≤ β < 1
 * @returns {{ theta: number[], state: { u: number[], t: number } }} the new θ, and the new state (new t, uncorrected u)
 */
export function unbiasedMomentumStep(theta, grad, state, lr, beta) {
  throw new Error('not implemented');
}
