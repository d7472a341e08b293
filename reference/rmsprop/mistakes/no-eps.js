export const hint = {
  en: 'You leave eps out of the denominator. With a zero gradient and s = 0 that is 0/0 = NaN, and with tiny gradients the step explodes: θ −= lr·g / (√s + eps).',
  zh: '你的分母里漏掉了 eps。梯度为零且 s = 0 时会出现 0/0 = NaN，梯度极小时步长会爆炸：θ −= lr·g / (√s + eps)。',
};

export function rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8) {
  const sNew = s.map((si, i) => alpha * si + (1 - alpha) * grad[i] * grad[i]);
  const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / Math.sqrt(sNew[i]));
  return { theta: thetaNew, s: sNew };
}
