export const hint = {
  en: 'A gap exactly equal to the tolerance is flagged by your code. The comparison is strict: high bias when trainError − baseline > tolerance, high variance when cvError − trainError > tolerance.',
  zh: '差距恰好等于容差时，你的代码也判为有问题。比较是严格的：trainError − baseline > tolerance 时为高偏差，cvError − trainError > tolerance 时为高方差。',
};

export function diagnose({ baseline, trainError, cvError }, tolerance) {
  const highBias = trainError - baseline >= tolerance;
  const highVariance = cvError - trainError >= tolerance;
  if (highBias && highVariance) return 'high bias and high variance';
  if (highBias) return 'high bias';
  if (highVariance) return 'high variance';
  return 'good';
}
