export const hint = {
  en: 'Your update uses m and v without bias correction. Divide by 1 − βᵗ first: m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ), then θ −= lr·m̂ / (√v̂ + eps). Without it the first steps are far too small or too large, because m and v start at 0.',
  zh: '你的更新直接用了 m 和 v，没有做偏差修正。先除以 1 − βᵗ：m̂ = m / (1 − β₁ᵗ)，v̂ = v / (1 − β₂ᵗ)，再 θ −= lr·m̂ / (√v̂ + eps)。m 和 v 从 0 开始，不修正的话最初几步的步长会严重偏小或偏大。',
};

export function adamStep(theta, grad, state, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  const t = state.t + 1;
  const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]);
  const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i] * grad[i]);
  const newTheta = theta.map((th, i) => th - (lr * m[i]) / (Math.sqrt(v[i]) + eps));
  return { theta: newTheta, state: { m, v, t } };
}
