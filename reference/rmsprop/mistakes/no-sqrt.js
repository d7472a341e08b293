export const hint = {
  en: 'You divide by s + eps instead of √s + eps. s averages squared gradients, so its square root has the scale of a gradient: θ −= lr·g / (√s + eps).',
  zh: '你除以的是 s + eps，而不是 √s + eps。s 是梯度平方的平均，它的平方根才与梯度同一量级：θ −= lr·g / (√s + eps)。',
};

export function rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8) {
  const sNew = s.map((si, i) => alpha * si + (1 - alpha) * grad[i] * grad[i]);
  const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (sNew[i] + eps));
  return { theta: thetaNew, s: sNew };
}
