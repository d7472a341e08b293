/**
 * Max pooling: the largest value of every size×size window, channel by channel.
 *
 * @param {number[][][]} x - C×H×W input
 * @param {number} size - window side length
 * @param {number} [stride=size] - step between windows (defaults to the window size)
 * @returns {number[][][]} C×H'×W' with H' = ⌊(H − size)/stride⌋ + 1, W' = ⌊(W − size)/stride⌋ + 1
 */
export function maxPool2d(x, size, stride = size) {
  throw new Error('not implemented');
}

/**
 * Average pooling: the mean of every size×size window, channel by channel.
 *
 * @param {number[][][]} x - C×H×W input
 * @param {number} size - window side length
 * @param {number} [stride=size] - step between windows (defaults to the window size)
 * @returns {number[][][]} C×H'×W' with H' = ⌊(H − size)/stride⌋ + 1, W' = ⌊(W − size)/stride⌋ + 1
 */
export function avgPool2d(x, size, stride = size) {
  throw new Error('not implemented');
}
