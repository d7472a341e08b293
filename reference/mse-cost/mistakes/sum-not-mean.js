export const hint = {
  en: 'Your cost is ½ Σ (f − y)²: it is not divided by the number of examples m. Average over the examples: J = 1/(2m) Σ (f − y)².',
  zh: '你的代价是 ½ Σ (f − y)²，没有除以样本数 m。要对样本取平均：J = 1/(2m) Σ (f − y)²。',
};

export function computeCost(X, y, w, b) {
  let sum = 0;
  for (let i = 0; i < X.length; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    sum += (f - y[i]) ** 2;
  }
  return sum / 2;
}
