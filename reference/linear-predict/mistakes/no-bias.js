export const hint = {
  en: 'Your predictions leave out the bias: f = X·w + b, so add b to every prediction.',
  zh: '你的预测漏掉了偏置：f = X·w + b，每个预测值都要加上 b。',
};

export function predict(X, w, b) {
  return X.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));
}
