export const hint = {
  en: 'Your rows start with a column of 1s (the degree-0 term). Leave it out, as scikit-learn does with include_bias=False: the first columns are the features themselves, x0, x1, …',
  zh: '你的每行以一列 1（0 次项）开头。应去掉它，与 scikit-learn 的 include_bias=False 相同：最前面的几列就是特征本身 x0, x1, …',
};

// Known-wrong variant: scikit-learn's default include_bias=True (a leading column of ones).
function monomials(n, degree) {
  const out = [];
  const extend = (combo, start, d) => {
    if (combo.length === d) {
      out.push(combo.slice());
      return;
    }
    for (let j = start; j < n; j++) {
      combo.push(j);
      extend(combo, j, d);
      combo.pop();
    }
  };
  for (let d = 0; d <= degree; d++) extend([], 0, d);
  return out;
}

export function polynomialFeatures(X, degree) {
  const terms = monomials(X[0].length, degree);
  return X.map((row) => terms.map((combo) => combo.reduce((p, j) => p * row[j], 1)));
}
