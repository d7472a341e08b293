export const hint = {
  en: 'The state you return keeps the old t. Return t = state.t + 1 in the new state: the next step needs it for its bias correction 1 − βᵗ.',
  zh: '你返回的状态里 t 还是旧值。新状态要返回 t = state.t + 1：下一步的偏差修正 1 − βᵗ 需要它。',
};

export function adamStep(theta, grad, state, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  const t = state.t + 1;
  const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]);
  const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i] * grad[i]);
  const newTheta = theta.map((th, i) => th - (lr * (m[i] / (1 - beta1 ** t))) / (Math.sqrt(v[i] / (1 - beta2 ** t)) + eps));
  return { theta: newTheta, state: { m, v, t: state.t } };
}
