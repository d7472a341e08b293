// Polynomial features in scikit-learn's PolynomialFeatures(include_bias=False) order:
// degree by degree, and within a degree the combinations with replacement of the feature
// indices in lexicographic order (itertools.combinations_with_replacement).

/**
 * The index tuples of every monomial of total degree 1..degree over n features.
 * @param {number} n
 * @param {number} degree
 * @returns {number[][]} e.g. n = 2, degree = 2: [0], [1], [0,0], [0,1], [1,1]
 */
function monomials(n, degree) {
  const out = [];
  const extend = (combo, start, d) => {
    if (combo.length === d) {
      out.push(combo.slice());
      return;
    }
    for (let j = start; j < n; j++) {
      combo.push(j);
      extend(combo, j, d); // j again, not j + 1: a feature may repeat (x0·x0 = x0²)
      combo.pop();
    }
  };
  for (let d = 1; d <= degree; d++) extend([], 0, d);
  return out;
}

/**
 * @param {number[][]} X - m×n data, one example per row
 * @param {number} degree - the largest total degree, ≥ 1
 * @returns {number[][]} m rows of every monomial of total degree 1..degree
 */
export function polynomialFeatures(X, degree) {
  const terms = monomials(X[0].length, degree);
  return X.map((row) => terms.map((combo) => combo.reduce((p, j) => p * row[j], 1)));
}
