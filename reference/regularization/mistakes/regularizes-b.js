export const hint = {
  en: 'You also regularize the bias b. Only the weights are penalized: the cost adds λ/(2m) Σ_j w_j² (no b²), and db gets no λ term; only dw_j gets + (λ/m)·w_j.',
  zh: '你把偏置 b 也正则化了。只对权重施加惩罚：代价加上 λ/(2m) Σ_j w_j²（不含 b²），db 不加 λ 项；只有 dw_j 加上 (λ/m)·w_j。',
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
  return baseCost(model, X, y, w, b) + (lambda / (2 * X.length)) * (sumSquares(w) + b * b);
}

export function regularizedGradient(model, X, y, w, b, lambda) {
  checkModel(model);
  const m = X.length;
  const g = baseGradient(model, X, y, w, b);
  return { dw: g.dw.map((d, j) => d + (lambda / m) * w[j]), db: g.db + (lambda / m) * b };
}
