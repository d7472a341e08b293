/**
 * Max pooling with stride 1 and an odd size×size window centred on each pixel, over the part of
 * the window inside the image (PyTorch MaxPool2d(size, 1, (size − 1)/2)).
 *
 * @param {number[][][]} x - C×H×W
 * @param {number} [size=3] - odd window size
 * @returns {number[][][]} C×H×W
 */
export function maxPoolSame(x, size = 3) {
  throw new Error('not implemented');
}

/**
 * An Inception block: branches 1×1, 3×3 (after a 1×1 reduction), 5×5 (after a 1×1 reduction) and
 * max pool + 1×1, each followed by ReLU, concatenated along the channels in that order.
 *
 * @param {number[][][]} x - C×H×W
 * @param {{ w1: number[][], b1: number[], w3Reduce: number[][], b3Reduce: number[], w3: number[][][][], b3: number[],
 *           w5Reduce: number[][], b5Reduce: number[], w5: number[][][][], b5: number[], wPool: number[][], bPool: number[] }} p
 *   1×1 weights are F×C; w3 is F3×R3×3×3, w5 is F5×R5×5×5
 * @returns {number[][][]} (F1 + F3 + F5 + FP)×H×W
 */
export function inceptionBlock(x, p) {
  throw new Error('not implemented');
}
