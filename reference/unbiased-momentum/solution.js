/**
 * One step of momentum with bias correction (the notes' form).
 *
 * @param {number[]} theta - parameters θ
 * @param {number[]} grad - the gradient at θ
 * @param {{ u: number[], t: number }} state - uncorrected velocity u and the number t of steps already done
 * @param {number} lr - learning rate α
 * @param {number} beta - momentum β, 0 ≤ β < 1
 * @returns {{ theta: number[], state: { u: number[], t: number } }} the new θ and the new state
 */
export function unbiasedMomentumStep(theta, grad, state, lr, beta) {
  const t = state.t + 1;
  const u = state.u.map((ui, i) => beta * ui + (1 - beta) * grad[i]);
  const correction = 1 - beta ** t;
  const next = theta.map((th, i) => th - (lr * u[i]) / correction);
  return { theta: next, state: { u, t } };
}
