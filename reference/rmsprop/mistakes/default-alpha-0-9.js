export const hint = {
  en: 'Your default alpha is 0.9. The signature (and PyTorch) uses alpha = 0.99 when it is omitted: rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8).',
  zh: '你的 alpha 默认值是 0.9。签名（以及 PyTorch）在省略时用 alpha = 0.99：rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8)。',
};

export function rmspropStep(theta, grad, s, lr, alpha = 0.9, eps = 1e-8) {
  const sNew = s.map((si, i) => alpha * si + (1 - alpha) * grad[i] * grad[i]);
  const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(sNew[i]) + eps));
  return { theta: thetaNew, s: sNew };
}
