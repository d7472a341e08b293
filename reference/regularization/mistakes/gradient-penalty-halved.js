export const hint = {
  en: 'Your gradient penalty is half what it should be: the derivative of λ/(2m)·w_j² is (λ/m)·w_j, since the 2 of the square cancels the 2 in 2m.',
  zh: '你的梯度惩罚项只有应有值的一半：λ/(2m)·w_j² 的导数是 (λ/m)·w_j，平方带来的 2 与 2m 中的 2 相互抵消。',
};

function checkModel(model) {
  if (model !== 'linear' && model !== 'logistic') throw new Error(`unknown model '${model}'`);
}

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);

function baseCost(model, X, y, w, b) {
  const m = X.length;
  let J = 0;
  for (let i = 0; i < m; i++) {
    const z = logit(X[i], w, b);
    J += model === 'linear' ? (z - y[i]) ** 2 / 2 : Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
  }
  return J / m;
}

function baseGradient(model, X, y, w, b) {
  const m = X.length;
  const dw = w.map(() => 0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    const z = logit(X[i], w, b);
    const err = (model === 'linear' ? z : sigmoid(z)) - y[i];
    X[i].forEach((x, j) => (dw[j] += (err * x) / m));
    db += err / m;
  }
  return { dw, db };
}

const sumSquares = (w) => w.reduce((s, v) => s + v * v, 0);

export function regularizedCost(model, X, y, w, b, lambda) {
  checkModel(model);
  return baseCost(model, X, y, w, b) + (lambda / (2 * X.length)) * sumSquares(w);
}

export function regularizedGradient(model, X, y, w, b, lambda) {
  checkModel(model);
  const m = X.length;
  const g = baseGradient(model, X, y, w, b);
  return { dw: g.dw.map((d, j) => d + (lambda / (2 * m)) * w[j]), db: g.db };
}
