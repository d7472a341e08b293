/**
 * Linear regression f = x·w + b trained by mini-batch SGD on ½(f − y)².
 *
 * @param {number[][]} X - m×n data, one example per row (m ≥ 1)
 * @param {number[]} y - m targets
 * @param {number[]} w0 - initial weights (n numbers)
 * @param {number} b0 - initial bias
 * @param {number} alpha - learning rate
 * @param {number} batchSize - examples per batch; the last batch is smaller when m is not a multiple
 * @param {number[][]} perms - one permutation of 0…m−1 per epoch: position k of the shuffled data holds row perms[e][k]
 * @returns {{ w: number[], b: number, history: number[] }} history: J(w0, b0), then J after each epoch (epochs + 1 numbers)
 */
export function miniBatchSGD(X, y, w0, b0, alpha, batchSize, perms) {
  throw new Error('not implemented');
}
