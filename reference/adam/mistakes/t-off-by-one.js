export const hint = {
  en: 'Your bias correction uses t before it is incremented. state.t counts the steps already done: this step is number t = state.t + 1, and m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) use that new t (on the first step 1 − β⁰ = 0 divides by zero).',
  zh: '你的偏差修正用的是加 1 之前的 t。state.t 记录已经完成的步数：本步是第 t = state.t + 1 步，m̂ = m / (1 − β₁ᵗ)、v̂ = v / (1 − β₂ᵗ) 要用这个新的 t（第一步时 1 − β⁰ = 0，会除以零）。',
};

export function adamStep(theta, grad, state, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]);
  const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i] * grad[i]);
  const newTheta = theta.map((th, i) => {
    const mHat = m[i] / (1 - beta1 ** state.t);
    const vHat = v[i] / (1 - beta2 ** state.t);
    return th - (lr * mHat) / (Math.sqrt(vHat) + eps);
  });
  return { theta: newTheta, state: { m, v, t: state.t + 1 } };
}
