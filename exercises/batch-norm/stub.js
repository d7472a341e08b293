/**
 * Batch normalization, forward pass (PyTorch's BatchNorm1d), per column of Z.
 *
 * @param {number[][]} Z - pre-activations, m×n (one example per row)
 * @param {number[]} gamma - learned scale, n
 * @param {number[]} beta - learned shift, n
 * @param {{ mean: number[], var: number[] }} running - running statistics, n each (do not change it)
 * @param {{ mode: 'train' | 'eval', eps?: number, momentum?: number }} options - eps defaults to 1e-5,
 *   momentum to 0.1
 * @returns {{ out: number[][], running: { mean: number[], var: number[] } }} the normalized, scaled and
 *   shifted batch, and the new running statistics ('train') or the unchanged ones ('eval')
 */
export function batchNormForward(Z, gamma, beta, running, { mode, eps = 1e-5, momentum = 0.1 }) {
  throw new Error('not implemented');
}
