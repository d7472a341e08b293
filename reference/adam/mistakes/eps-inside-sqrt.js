export const hint = {
  en: 'You put eps inside the square root: √(v̂ + eps). Adam (and PyTorch) adds eps after the root: θ −= lr·m̂ / (√v̂ + eps). The difference shows when gradients are tiny (|g| around 1e-4 or less), where √eps = 1e-4 is far larger than eps.',
  zh: '你把 eps 放进了平方根里：√(v̂ + eps)。Adam（以及 PyTorch）在开方之后再加 eps：θ −= lr·m̂ / (√v̂ + eps)。梯度很小时（|g| 约 1e-4 或更小）差别就出现了，因为 √eps = 1e-4 远大于 eps。',
};

export function adamStep(theta, grad, state, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  const t = state.t + 1;
  const m = state.m.map((mi, i) => beta1 * mi + (1 - beta1) * grad[i]);
  const v = state.v.map((vi, i) => beta2 * vi + (1 - beta2) * grad[i] * grad[i]);
  const newTheta = theta.map((th, i) => {
    const mHat = m[i] / (1 - beta1 ** t);
    const vHat = v[i] / (1 - beta2 ** t);
    return th - (lr * mHat) / Math.sqrt(vHat + eps);
  });
  return { theta: newTheta, state: { m, v, t } };
}
