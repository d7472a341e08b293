/**
 * A 1×1 convolution: every pixel's C channels are mixed into F channels by w.
 *
 * @param {number[][][]} x - C×H×W input
 * @param {number[][]} w - F×C weights: w[f][c] multiplies input channel c for output channel f
 * @param {number[]} b - F biases, one per output channel
 * @returns {number[][][]} F×H×W output, out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j]
 */
export function pointwiseConv(x, w, b) {
  throw new Error('not implemented');
}
