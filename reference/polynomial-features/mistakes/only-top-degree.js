export const hint = {
  en: 'You only return the monomials of total degree exactly `degree`. Include every degree from 1 up to `degree`, lowest first: for 2 features and degree 2 that is x0, x1, x0², x0·x1, x1².',
  zh: '你只返回了总次数恰好等于 `degree` 的单项式。应包含从 1 到 `degree` 的每个次数，低次在前：2 个特征、degree 2 时为 x0, x1, x0², x0·x1, x1²。',
};

// Known-wrong variant: only the terms of the highest degree.
function monomials(n, degree) {
  const out = [];
  const extend = (combo, start) => {
    if (combo.length === degree) {
      out.push(combo.slice());
      return;
    }
    for (let j = start; j < n; j++) {
      combo.push(j);
      extend(combo, j);
      combo.pop();
    }
  };
  extend([], 0);
  return out;
}

export function polynomialFeatures(X, degree) {
  const terms = monomials(X[0].length, degree);
  return X.map((row) => terms.map((combo) => combo.reduce((p, j) => p * row[j], 1)));
}
