/**
 * The mean over the N images of every (c, y, x): numpy X.mean(axis=0).
 *
 * @param {number[][][][]} X - N×C×H×W data set; N = 0 throws an Error mentioning `empty`
 * @returns {number[][][]} C×H×W mean image
 */
export function meanImage(X) {
  throw new Error('not implemented');
}

/**
 * Every image minus `mean` (typically the training set's mean image), or minus meanImage(X) when `mean` is left out.
 *
 * @param {number[][][][]} X - N×C×H×W
 * @param {number[][][]} [mean] - C×H×W
 * @returns {number[][][][]} N×C×H×W
 */
export function subtractMeanImage(X, mean) {
  throw new Error('not implemented');
}

/**
 * Each image minus the mean of its own C·H·W values (one number per image).
 *
 * @param {number[][][][]} X - N×C×H×W
 * @returns {number[][][][]} N×C×H×W ([] for X = [])
 */
export function subtractPerImageMean(X) {
  throw new Error('not implemented');
}

/**
 * Every value minus the mean of all N·C·H·W values (numpy X -= np.mean(X)).
 *
 * @param {number[][][][]} X - N×C×H×W
 * @returns {number[][][][]} N×C×H×W ([] for X = [])
 */
export function subtractGlobalMean(X) {
  throw new Error('not implemented');
}
