import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'alpha-swapped',
    hint: {
      en: 'The weights of the average are swapped: s = αs + (1 − α)g² keeps the weight α (0.99) on the old average and gives the new squared gradient only 1 − α.',
      zh: '平均的权重反了：s = αs + (1 − α)g²，权重 α（0.99）给旧的平均值，新的梯度平方只占 1 − α。',
    },
    edits: [
      {
        find: 'const sNew = s.map((si, i) => alpha * si + (1 - alpha) * grad[i] * grad[i]);',
        replace: 'const sNew = s.map((si, i) => (1 - alpha) * si + alpha * grad[i] * grad[i]);',
      },
    ],
  },
  {
    name: 'default-alpha-0-9',
    hint: {
      en: 'Your default alpha is 0.9. The signature (and PyTorch) uses alpha = 0.99 when it is omitted: rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8).',
      zh: '你的 alpha 默认值是 0.9。签名（以及 PyTorch）在省略时用 alpha = 0.99：rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8)。',
    },
    edits: [
      {
        find: 'export function rmspropStep(theta, grad, s, lr, alpha = 0.99, eps = 1e-8) {',
        replace: 'export function rmspropStep(theta, grad, s, lr, alpha = 0.9, eps = 1e-8) {',
      },
    ],
  },
  {
    name: 'eps-inside-sqrt',
    hint: {
      en: 'You put eps inside the square root, √(s + eps). PyTorch adds it outside: θ −= lr·g / (√s + eps). With tiny gradients (s ≈ 1e-20) the two differ enormously: √(s + 1e-8) ≈ 1e-4, while √s + 1e-8 ≈ 1e-8.',
      zh: '你把 eps 放进了平方根里：√(s + eps)。PyTorch 把它加在外面：θ −= lr·g / (√s + eps)。梯度极小时（s ≈ 1e-20）两者差别巨大：√(s + 1e-8) ≈ 1e-4，而 √s + 1e-8 ≈ 1e-8。',
    },
    edits: [
      {
        find: 'const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(sNew[i]) + eps));',
        replace: 'const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / Math.sqrt(sNew[i] + eps));',
      },
    ],
  },
  {
    name: 'no-eps',
    hint: {
      en: 'You leave eps out of the denominator. With a zero gradient and s = 0 that is 0/0 = NaN, and with tiny gradients the step explodes: θ −= lr·g / (√s + eps).',
      zh: '你的分母里漏掉了 eps。梯度为零且 s = 0 时会出现 0/0 = NaN，梯度极小时步长会爆炸：θ −= lr·g / (√s + eps)。',
    },
    edits: [
      {
        find: 'const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(sNew[i]) + eps));',
        replace: 'const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / Math.sqrt(sNew[i]));',
      },
    ],
  },
  {
    name: 'no-sqrt',
    hint: {
      en: 'You divide by s + eps instead of √s + eps. s averages squared gradients, so its square root has the scale of a gradient: θ −= lr·g / (√s + eps).',
      zh: '你除以的是 s + eps，而不是 √s + eps。s 是梯度平方的平均，它的平方根才与梯度同一量级：θ −= lr·g / (√s + eps)。',
    },
    edits: [
      {
        find: 'const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(sNew[i]) + eps));',
        replace: 'const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (sNew[i] + eps));',
      },
    ],
  },
  {
    name: 'uses-old-s',
    hint: {
      en: 'You divide by the square root of the old average. Update s first, s = αs + (1 − α)g², then use the new s: θ −= lr·g / (√s + eps). (With s = 0 at the start, the old s gives a division by eps alone: a huge first step.)',
      zh: '你除以的是旧平均值的平方根。应先更新 s = αs + (1 − α)g²，再用新的 s：θ −= lr·g / (√s + eps)。（开始时 s = 0，用旧的 s 相当于只除以 eps：第一步会大得离谱。）',
    },
    edits: [
      {
        find: 'const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(sNew[i]) + eps));',
        replace: 'const thetaNew = theta.map((t, i) => t - (lr * grad[i]) / (Math.sqrt(s[i]) + eps));',
      },
    ],
  },
]);
