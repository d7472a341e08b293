export const hint = {
  en: 'Your returned state holds the bias-corrected m̂ and v̂. The state must keep the raw moving averages m and v: the correction 1 − βᵗ is applied only to compute the step, fresh at every step, and never stored.',
  zh: '你返回的状态里存的是修正后的 m̂ 和 v̂。状态必须保存未修正的滑动平均 m 和 v：1 − βᵗ 的修正只在计算本步更新时临时使用，每步重新计算，不能存回状态。',
};

export function adamStep(theta, grad, state, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  const t = state.t + 1;
  const m = state.m.map((mi, i) => (beta1 * mi + (1 - beta1) * grad[i]) / (1 - beta1 ** t));
  const v = state.v.map((vi, i) => (beta2 * vi + (1 - beta2) * grad[i] * grad[i]) / (1 - beta2 ** t));
  const newTheta = theta.map((th, i) => th - (lr * m[i]) / (Math.sqrt(v[i]) + eps));
  return { theta: newTheta, state: { m, v, t } };
}
