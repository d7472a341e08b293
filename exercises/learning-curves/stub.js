/**
 * Learning curves of regularized linear regression: for each training set size s, fit on the first
 * s training examples (closed form) and measure the training and cross-validation errors.
 *
 * @param {number[][]} Xtr - training data, one example per row
 * @param {number[]} ytr - training targets
 * @param {number[][]} Xcv - cross-validation data
 * @param {number[]} ycv - cross-validation targets
 * @param {number[]} sizes - training set sizes s, each between 1 and Xtr.length
 * @param {number} lambda - regularization strength λ ≥ 0 (b is not regularized)
 * @returns {{ trainError: number[], cvError: number[] }} one value per size, in the order of sizes
 */
export function learningCurve(Xtr, ytr, Xcv, ycv, sizes, lambda) {
  throw new Error('not implemented');
}
