export const hint = {
  en: 'Your cost divides by m instead of 2m: J = 1/(2m) Σ (f − y)². The ½ is part of the definition (it cancels the 2 of the derivative).',
  zh: '你的代价除以了 m 而不是 2m：J = 1/(2m) Σ (f − y)²。这个 ½ 是定义的一部分（求导时正好消去平方带来的 2）。',
};

export function computeCost(X, y, w, b) {
  const m = X.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    sum += (f - y[i]) ** 2;
  }
  return sum / m;
}
