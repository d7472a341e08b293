/**
 * Every monomial of total degree 1..degree of each example's features, without a bias
 * column, in scikit-learn's PolynomialFeatures(include_bias=False) order
 * (2 features, degree 2: x0, x1, x0², x0·x1, x1²).
 *
 * @param {number[][]} X - m×n data, one example per row
 * @param {number} degree - the largest total degree (an integer ≥ 1)
 * @returns {number[][]} m rows, one column per monomial
 */
export function polynomialFeatures(X, degree) {
  throw new Error('not implemented');
}
