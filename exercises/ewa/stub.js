/**
 * Exponentially weighted averages of a sequence, optionally bias-corrected.
 *
 * @param {number[]} values - θ_1, θ_2, …, θ_T
 * @param {number} beta - weight of the past, 0 ≤ β < 1
 * @param {boolean} biasCorrection - if true, return v_t / (1 − β^t) instead of v_t
 * @returns {number[]} the T averages, one per value
 */
export function exponentialAverage(values, beta, biasCorrection) {
  throw new Error('not implemented');
}
