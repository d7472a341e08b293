export const hint = {
  en: 'Your sigmoid is e^z / (1 + e^z): for z ≥ 710, e^z is Infinity and Infinity/Infinity is NaN, which spreads into every gradient entry. Use 1 / (1 + e^−z) when z ≥ 0 and e^z / (1 + e^z) when z < 0.',
  zh: '你的 sigmoid 是 e^z / (1 + e^z)：当 z ≥ 710 时 e^z 为 Infinity，Infinity/Infinity 是 NaN，并会扩散到梯度的每一项。z ≥ 0 时用 1 / (1 + e^−z)，z < 0 时用 e^z / (1 + e^z)。',
};

const sigmoid = (z) => Math.exp(z) / (1 + Math.exp(z));

export function logisticGradient(X, y, w, b) {
  const m = X.length;
  const dw = new Array(w.length).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    const err = sigmoid(X[i].reduce((s, x, j) => s + x * w[j], b)) - y[i];
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw: dw.map((g) => g / m), db: db / m };
}
