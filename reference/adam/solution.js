/**
 * One step of Adam (Kingma & Ba, 2015), as PyTorch's torch.optim.Adam without weight decay.
 *
 * @param {number[]} theta - the parameters
 * @param {number[]} grad - the gradient of the loss at theta
 * @param {{ m: number[], v: number[], t: number }} state - moving averages and the number of steps done
 * @param {number} [lr]
 * @param {number} [beta1]
 * @param {number} [beta2]
 * @param {number} [eps]
 * @returns {{ theta: number[], state: { m: number[], v: number[], t: number } }}
 */
export function adamStep(theta, grad, state, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  const t = state.t + 1;
  const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]);
  const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i] * grad[i]);
  const correction1 = 1 - beta1 ** t;
  const correction2 = 1 - beta2 ** t;
  const newTheta = theta.map((th, i) => {
    const mHat = m[i] / correction1;
    const vHat = v[i] / correction2;
    return th - (lr * mHat) / (Math.sqrt(vHat) + eps);
  });
  return { theta: newTheta, state: { m, v, t } };
}
