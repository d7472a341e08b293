export const hint = {
  en: 'The weights of the average are swapped: s = αs + (1 − α)g² keeps the weight α (0.99) on the old average and gives the new squared gradient only 1 − α.',
  zh: '平均的权重反了：s = αs + (1 − α)g²，权重 α（0.99）给旧的平均值，新的梯度平方只占 1 − α。',
};

export function rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8) {
  const sNew = s.map((si, i) => (1 - alpha) * si + alpha * grad[i] * grad[i]);
  const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(sNew[i]) + eps));
  return { theta: thetaNew, s: sNew };
}
