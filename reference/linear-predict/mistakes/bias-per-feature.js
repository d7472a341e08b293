export const hint = {
  en: 'You add b once per feature. The bias is added once per example: f = Σ_j x_j·w_j + b.',
  zh: '你对每个特征都加了一次 b。偏置对每个样本只加一次：f = Σ_j x_j·w_j + b。',
};

export function predict(X, w, b) {
  return X.map((row) => row.reduce((s, x, j) => s + x * w[j] + b, 0));
}
