export const hint = {
  en: 'Your bias test uses the cross-validation error. Bias is about how well the model fits the training set: high bias when trainError − baseline > tolerance.',
  zh: '你的偏差判断用了交叉验证误差。偏差看的是模型对训练集拟合得如何：trainError − baseline > tolerance 时为高偏差。',
};

export function diagnose({ baseline, trainError, cvError }, tolerance) {
  const highBias = cvError - baseline > tolerance;
  const highVariance = cvError - trainError > tolerance;
  if (highBias && highVariance) return 'high bias and high variance';
  if (highBias) return 'high bias';
  if (highVariance) return 'high variance';
  return 'good';
}
