/**
 * Exponentially weighted averages of a sequence, optionally bias-corrected.
 *
 * @param {number[]} values - θ_1, θ_2, …, θ_T
 * @param {number} beta - weight of the past, 0 ≤ β < 1
 * @param {boolean} biasCorrection - divide v_t by (1 − β^t)
 * @returns {number[]} the T averages, one per value
 */
export function exponentialAverage(values, beta, biasCorrection) {
  const out = [];
  let v = 0; // v_0 = 0
  let betaPowT = 1; // β^t, updated as t goes 1, 2, …
  for (const theta of values) {
    v = beta * v + (1 - beta) * theta;
    betaPowT *= beta;
    out.push(biasCorrection ? v / (1 - betaPowT) : v);
  }
  return out;
}
