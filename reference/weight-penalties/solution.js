/**
 * L1 penalty λ Σ|w| over every element of every weight matrix.
 *
 * @param {number[][][]} weights - a list of matrices (any shapes; possibly empty)
 * @param {number} lambda - regularization strength λ
 * @returns {number}
 */
export function l1Penalty(weights, lambda) {
  let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += Math.abs(w);
  return lambda * sum;
}

/**
 * L2 penalty λ Σ w² over every element of every weight matrix (no ½).
 *
 * @param {number[][][]} weights - a list of matrices (any shapes; possibly empty)
 * @param {number} lambda - regularization strength λ
 * @returns {number}
 */
export function l2Penalty(weights, lambda) {
  let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return lambda * sum;
}
