export const hint = {
  en: 'Your exponent has the wrong sign: 1 / (1 + e^z) decreases with z. The sigmoid is σ(z) = 1 / (1 + e^−z), which tends to 1 for large positive z.',
  zh: '你的指数符号反了：1 / (1 + e^z) 随 z 增大而减小。sigmoid 是 σ(z) = 1 / (1 + e^−z)，z 很大时趋于 1。',
};

export function sigmoid(z) {
  if (Array.isArray(z)) return z.map((v) => sigmoid(v));
  return 1 / (1 + Math.exp(z));
}
