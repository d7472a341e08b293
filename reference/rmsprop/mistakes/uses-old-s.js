export const hint = {
  en: 'You divide by the square root of the old average. Update s first, s = αs + (1 − α)g², then use the new s: θ −= lr·g / (√s + eps). (With s = 0 at the start, the old s gives a division by eps alone: a huge first step.)',
  zh: '你除以的是旧平均值的平方根。应先更新 s = αs + (1 − α)g²，再用新的 s：θ −= lr·g / (√s + eps)。（开始时 s = 0，用旧的 s 相当于只除以 eps：第一步会大得离谱。）',
};

export function rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8) {
  const sNew = s.map((si, i) => alpha * si + (1 - alpha) * grad[i] * grad[i]);
  const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(s[i]) + eps));
  return { theta: thetaNew, s: sNew };
}
