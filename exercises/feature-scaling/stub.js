/**
 * Mean normalization of every column: (x − μ) / (max − min).
 * A constant column (max = min) becomes 0.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @returns {number[][]} a new m×n matrix
 */
export function meanNormalize(X) {
  throw new Error('not implemented');
}

/**
 * Z-score normalization of every column: (x − μ) / σ with the population σ (divide by m).
 * A constant column (max = min) becomes 0.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @returns {number[][]} a new m×n matrix
 */
export function zScore(X) {
  throw new Error('not implemented');
}

/**
 * Min-max scaling of every column to [newMin, newMax].
 * A constant column (max = min) becomes newMin.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number} newMin - the value the column minimum maps to
 * @param {number} newMax - the value the column maximum maps to
 * @returns {number[][]} a new m×n matrix
 */
export function minMaxScale(X, newMin, newMax) {
  throw new Error('not implemented');
}

/**
 * Decimal scaling of every column: x / 10^j, with j the smallest integer ≥ 0
 * such that max |x| / 10^j < 1 (j chosen per column).
 *
 * @param {number[][]} X - m×n data, one example per row
 * @returns {number[][]} a new m×n matrix
 */
export function decimalScale(X) {
  throw new Error('not implemented');
}
