export const hint = {
  en: 'Your variance test compares the cross-validation error with the baseline. Variance is the gap between cross-validation and training error: high variance when cvError − trainError > tolerance.',
  zh: '你的方差判断把交叉验证误差与基准比较。方差看的是交叉验证误差与训练误差之差：cvError − trainError > tolerance 时为高方差。',
};

export function diagnose({ baseline, trainError, cvError }, tolerance) {
  const highBias = trainError - baseline > tolerance;
  const highVariance = cvError - baseline > tolerance;
  if (highBias && highVariance) return 'high bias and high variance';
  if (highBias) return 'high bias';
  if (highVariance) return 'high variance';
  return 'good';
}
