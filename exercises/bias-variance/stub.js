/**
 * Diagnose high bias and/or high variance from the baseline, training and cross-validation errors.
 *
 * @param {{ baseline: number, trainError: number, cvError: number }} errors - baseline level of
 *   performance (e.g. human-level error), J_train and J_cv
 * @param {number} tolerance - a gap must be strictly larger than this to count
 * @returns {'high bias' | 'high variance' | 'high bias and high variance' | 'good'}
 */
export function diagnose({ baseline, trainError, cvError }, tolerance) {
  throw new Error('not implemented');
}
