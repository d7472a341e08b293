export const hint = {
  en: 'You compare the size of the gaps (Math.abs), so a training error below the baseline, or a cross-validation error below the training error, is flagged. Only a gap in the bad direction counts: trainError − baseline > tolerance, cvError − trainError > tolerance.',
  zh: '你比较的是差距的绝对值（Math.abs），于是训练误差低于基准、或交叉验证误差低于训练误差时也被判为有问题。只有方向不利的差距才算：trainError − baseline > tolerance，cvError − trainError > tolerance。',
};

export function diagnose({ baseline, trainError, cvError }, tolerance) {
  const highBias = Math.abs(trainError - baseline) > tolerance;
  const highVariance = Math.abs(cvError - trainError) > tolerance;
  if (highBias && highVariance) return 'high bias and high variance';
  if (highBias) return 'high bias';
  if (highVariance) return 'high variance';
  return 'good';
}
