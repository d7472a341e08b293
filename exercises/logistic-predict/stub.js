/**
 * Class predictions of a logistic regression model.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @param {number} [threshold=0.5] - class 1 where σ(x·w + b) ≥ threshold
 * @returns {number[]} m classes, each 0 or 1
 */
export function predictClass(X, w, b, threshold = 0.5) {
  throw new Error('not implemented');
}

/**
 * The decision boundary z = 0 of a two-feature model as the line x1 = slope·x0 + intercept.
 *
 * @param {number[]} w - the two weights [w0, w1]
 * @param {number} b - bias
 * @returns {{ slope: number, intercept: number }} the line; throws an Error mentioning 'vertical' when w[1] = 0
 */
export function boundaryLine(w, b) {
  throw new Error('not implemented');
}
