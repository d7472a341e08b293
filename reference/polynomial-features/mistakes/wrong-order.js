export const hint = {
  en: 'Your columns are right but in the wrong order: within a degree you put the pure powers (x0², x1²) before the products (x0·x1). Use scikit-learn\'s order: degree by degree, and within a degree the combinations with replacement of the feature indices in lexicographic order — x0², x0·x1, x0·x2, x1², x1·x2, x2².',
  zh: '你的列是对的，但顺序错了：同一次数内你把纯幂（x0², x1²）放在了乘积（x0·x1）前面。应使用 scikit-learn 的顺序：按次数从低到高，同一次数内按特征下标的可重复组合的字典序——x0², x0·x1, x0·x2, x1², x1·x2, x2²。',
};

// Known-wrong variant: within each degree, the pure powers first, then the mixed products.
function monomials(n, degree) {
  const out = [];
  const extend = (combo, start, d, acc) => {
    if (combo.length === d) {
      acc.push(combo.slice());
      return;
    }
    for (let j = start; j < n; j++) {
      combo.push(j);
      extend(combo, j, d, acc);
      combo.pop();
    }
  };
  for (let d = 1; d <= degree; d++) {
    const all = [];
    extend([], 0, d, all);
    const pure = all.filter((c) => c.every((j) => j === c[0]));
    const mixed = all.filter((c) => !c.every((j) => j === c[0]));
    out.push(...pure, ...mixed);
  }
  return out;
}

export function polynomialFeatures(X, degree) {
  const terms = monomials(X[0].length, degree);
  return X.map((row) => terms.map((combo) => combo.reduce((p, j) => p * row[j], 1)));
}
