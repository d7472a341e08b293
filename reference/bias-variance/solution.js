// Diagnose bias and variance from three errors: a baseline level of performance (e.g. human-level
// error), the training error J_train and the cross-validation error J_cv.

/**
 * @param {{ baseline: number, trainError: number, cvError: number }} errors
 * @param {number} tolerance - how large a gap must be (strictly) to count
 * @returns {'high bias' | 'high variance' | 'high bias and high variance' | 'good'}
 */
export function diagnose({ baseline, trainError, cvError }, tolerance) {
  const highBias = trainError - baseline > tolerance; // the model does not even fit the training set
  const highVariance = cvError - trainError > tolerance; // it does much worse on new data
  if (highBias && highVariance) return 'high bias and high variance';
  if (highBias) return 'high bias';
  if (highVariance) return 'high variance';
  return 'good';
}
