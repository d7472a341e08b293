/**
 * Randomized leaky ReLU, elementwise: z where z ≥ 0, a·z elsewhere.
 *
 * @param {number|number[]|number[][]} z - pre-activations
 * @param {'train'|'eval'} mode - 'train': a = lower + (upper − lower)·u per element; 'eval': a = (lower + upper)/2
 * @param {number|number[]|number[][]|null} [u] - uniform numbers in [0, 1) in z's shape (ignored in 'eval')
 * @param {number} [lower=1/8]
 * @param {number} [upper=1/3]
 * @returns {number|number[]|number[][]} the same shape as z
 */
export function rrelu(z, mode, u, lower = 1 / 8, upper = 1 / 3) {
  throw new Error('not implemented');
}

/**
 * The derivative of rrelu with respect to z: 1 where z > 0, the slope a elsewhere (a at 0).
 *
 * @param {number|number[]|number[][]} z - pre-activations
 * @param {'train'|'eval'} mode
 * @param {number|number[]|number[][]|null} [u] - the same uniform numbers as the forward pass
 * @param {number} [lower=1/8]
 * @param {number} [upper=1/3]
 * @returns {number|number[]|number[][]} the same shape as z
 */
export function rreluGrad(z, mode, u, lower = 1 / 8, upper = 1 / 3) {
  throw new Error('not implemented');
}
