/**
 * Least-squares fit of a linear model with an intercept, solved exactly with the normal
 * equations: (AᵀA) θ = Aᵀy with A = [1, X] (a column of ones, then the features).
 * Throws an Error whose message contains "singular" when the columns of [1, X] are
 * linearly dependent.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @returns {{ w: number[], b: number }} the n weights and the bias minimising Σ (X·w + b − y)²
 */
export function normalEquation(X, y) {
  throw new Error('not implemented');
}
