/**
 * The first dense layer of a window classifier as conv2d filters.
 *
 * @param {number[][]} W - (C·kh·kw)×F weights; input c·kh·kw + u·kw + v is pixel (c, u, v); other row counts throw (`shape`)
 * @param {number} C - channels of the window
 * @param {number} kh - window height
 * @param {number} kw - window width
 * @returns {number[][][][]} F×C×kh×kw filters, K[f][c][u][v] = W[c·kh·kw + u·kw + v][f]
 */
export function denseToConv(W, C, kh, kw) {
  throw new Error('not implemented');
}

/**
 * The window classifier on every kh×kw window of x (a window every `stride` pixels), in one convolutional pass.
 *
 * @param {number[][][]} x - C×H×W image, H ≥ kh, W ≥ kw
 * @param {{ W: number[][], b: number[], activation: 'relu' | 'sigmoid' | 'tanh' | 'linear' | 'softmax' }[]} layers - dense layers in batch-row form
 * @param {number} kh
 * @param {number} kw
 * @param {number} [stride=1]
 * @returns {number[][][]} F_L×H′×W′ with H′ = ⌊(H − kh)/stride⌋ + 1, W′ = ⌊(W − kw)/stride⌋ + 1
 */
export function convSlidingWindows(x, layers, kh, kw, stride = 1) {
  throw new Error('not implemented');
}
