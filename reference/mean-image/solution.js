// Centring image data: the mean image (numpy X.mean(axis=0)), one mean per image, one global mean.

/**
 * @param {number[][][][]} X - N×C×H×W, N ≥ 1
 * @returns {number[][][]} C×H×W: the mean over the N images of every (c, y, x)
 */
export function meanImage(X) {
  const N = X.length;
  if (N === 0) throw new Error('meanImage: the data set is empty (N = 0)');
  return X[0].map((plane, c) =>
    plane.map((row, y) =>
      row.map((_, x) => {
        let s = 0;
        for (let n = 0; n < N; n++) s += X[n][c][y][x];
        return s / N;
      }),
    ),
  );
}

/**
 * @param {number[][][][]} X - N×C×H×W
 * @param {number[][][]} [mean] - C×H×W, typically the training set's mean image; meanImage(X) when left out
 * @returns {number[][][][]} every image minus the mean image
 */
export function subtractMeanImage(X, mean) {
  const m = mean === undefined ? meanImage(X) : mean;
  return X.map((img) => img.map((plane, c) => plane.map((row, y) => row.map((v, x) => v - m[c][y][x]))));
}

/**
 * @param {number[][][][]} X - N×C×H×W
 * @returns {number[][][][]} each image minus the mean of its own C·H·W values
 */
export function subtractPerImageMean(X) {
  return X.map((img) => {
    const values = img.flat(2);
    const mu = values.reduce((s, v) => s + v, 0) / values.length;
    return img.map((plane) => plane.map((row) => row.map((v) => v - mu)));
  });
}

/**
 * @param {number[][][][]} X - N×C×H×W
 * @returns {number[][][][]} every value minus the mean of all N·C·H·W values
 */
export function subtractGlobalMean(X) {
  const values = X.flat(3);
  const mu = values.reduce((s, v) => s + v, 0) / values.length;
  return X.map((img) => img.map((plane) => plane.map((row) => row.map((v) => v - mu))));
}
