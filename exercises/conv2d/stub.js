/**
 * A 2-D convolution layer (cross-correlation, as in every deep-learning framework).
 *
 * @param {number[][][]} x - C×H×W input (channels, height, width)
 * @param {number[][][][]} w - F×C×kh×kw filters: w[f][c][u][v]
 * @param {number[]} b - F biases, one per filter
 * @param {number} [stride=1] - step between windows, the same along both axes
 * @param {number} [pad=0] - zero rows/columns added on every side
 * @returns {number[][][]} F×H'×W' with H' = ⌊(H + 2·pad − kh)/stride⌋ + 1, W' = ⌊(W + 2·pad − kw)/stride⌋ + 1
 */
export function conv2d(x, w, b, stride = 1, pad = 0) {
  throw new Error('not implemented');
}
