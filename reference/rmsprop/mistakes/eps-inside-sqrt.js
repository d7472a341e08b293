export const hint = {
  en: 'You put eps inside the square root, √(s + eps). PyTorch adds it outside: θ −= lr·g / (√s + eps). With tiny gradients (s ≈ 1e-20) the two differ enormously: √(s + 1e-8) ≈ 1e-4, while √s + 1e-8 ≈ 1e-8.',
  zh: '你把 eps 放进了平方根里：√(s + eps)。PyTorch 把它加在外面：θ −= lr·g / (√s + eps)。梯度极小时（s ≈ 1e-20）两者差别巨大：√(s + 1e-8) ≈ 1e-4，而 √s + 1e-8 ≈ 1e-8。',
};

export function rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8) {
  const sNew = s.map((si, i) => alpha * si + (1 - alpha) * grad[i] * grad[i]);
  const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / Math.sqrt(sNew[i] + eps));
  return { theta: thetaNew, s: sNew };
}
