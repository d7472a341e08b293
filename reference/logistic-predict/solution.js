/**
 * Stable sigmoid of one number: the exponent is never positive.
 *
 * @param {number} z
 * @returns {number}
 */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Class predictions of a logistic regression model: 1 where σ(x·w + b) ≥ threshold, else 0.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @param {number} [threshold=0.5] - probability from which class 1 is predicted
 * @returns {number[]} m classes, each 0 or 1
 */
export function predictClass(X, w, b, threshold = 0.5) {
  return X.map((row) => {
    let z = b;
    for (let j = 0; j < w.length; j++) z += row[j] * w[j];
    return sigmoid(z) >= threshold ? 1 : 0;
  });
}

/**
 * The decision boundary w0·x0 + w1·x1 + b = 0 of a two-feature model, as the line
 * x1 = slope·x0 + intercept.
 *
 * @param {number[]} w - the two weights [w0, w1]
 * @param {number} b - bias
 * @returns {{ slope: number, intercept: number }}
 */
export function boundaryLine(w, b) {
  if (w[1] === 0) {
    throw new Error('the decision boundary is vertical (w[1] = 0): feature 1 is not a function of feature 0');
  }
  return { slope: -w[0] / w[1], intercept: -b / w[1] };
}
