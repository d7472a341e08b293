/**
 * Subtracts from every column of X its mean.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @returns {number[][]} a new m×n matrix whose columns have mean 0
 */
export function zeroCenter(X) {
  throw new Error('not implemented');
}

/**
 * Standardizes every column: (x − μ)/σ with the population σ; a constant column gives 0.
 *
 * @param {number[][]} X - m×n data
 * @returns {number[][]} a new m×n matrix
 */
export function standardize(X) {
  throw new Error('not implemented');
}

/**
 * PCA rotation and whitening of X.
 *
 * @param {number[][]} X - m×n data
 * @param {number} [eps=1e-5] - added to each eigenvalue before the square root
 * @returns {{ Xrot: number[][], Xwhite: number[][], eigenvalues: number[] }} Xrot = Xc·U (m×n),
 *   Xwhite = Xrot / √(λ + eps) column by column (m×n), eigenvalues of XcᵀXc/m in descending order (n)
 */
export function pcaWhiten(X, eps = 1e-5) {
  throw new Error('not implemented');
}
