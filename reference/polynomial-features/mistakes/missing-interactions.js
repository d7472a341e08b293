export const hint = {
  en: 'You only produce powers of single features (x0, x1, x0², x1², …). Every monomial of total degree ≤ degree is needed, including the products of different features such as x0·x1: for 2 features and degree 2 the columns are x0, x1, x0², x0·x1, x1².',
  zh: '你只生成了单个特征的幂（x0, x1, x0², x1², …）。需要所有总次数 ≤ degree 的单项式，包括不同特征的乘积，如 x0·x1：2 个特征、degree 2 时各列为 x0, x1, x0², x0·x1, x1²。',
};

// Known-wrong variant: powers of each feature only, no interaction terms.
export function polynomialFeatures(X, degree) {
  return X.map((row) => {
    const out = [];
    for (let d = 1; d <= degree; d++) for (const x of row) out.push(x ** d);
    return out;
  });
}
