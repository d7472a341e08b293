/**
 * 1-D convolution layer (cross-correlation, zero padding at both ends).
 *
 * @param {number[][]} x - C×L input
 * @param {number[][][]} w - F×C×k filters: w[f][c][u]
 * @param {number[]} b - F biases
 * @param {number} [stride=1]
 * @param {number} [pad=0]
 * @returns {number[][]} F×L′ with L′ = ⌊(L + 2·pad − k)/stride⌋ + 1
 */
export function conv1d(x, w, b, stride = 1, pad = 0) {
  throw new Error('not implemented');
}

/**
 * 3-D convolution layer (cross-correlation; the same stride and padding on depth, height and width).
 *
 * @param {number[][][][]} x - C×D×H×W input
 * @param {number[][][][][]} w - F×C×kd×kh×kw filters: w[f][c][t][u][v]
 * @param {number[]} b - F biases
 * @param {number} [stride=1]
 * @param {number} [pad=0]
 * @returns {number[][][][]} F×D′×H′×W′, each size ⌊(n + 2·pad − k)/stride⌋ + 1
 */
export function conv3d(x, w, b, stride = 1, pad = 0) {
  throw new Error('not implemented');
}
