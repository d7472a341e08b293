export const hint = {
  en: 'Your penalty is not divided by m: the cost adds λ/(2m) Σ_j w_j² and the gradient adds (λ/m)·w_j, so that λ keeps the same meaning whatever the size of the training set.',
  zh: '你的惩罚项没有除以 m：代价应加上 λ/(2m) Σ_j w_j²，梯度应加上 (λ/m)·w_j，这样无论训练集多大，λ 的含义都不变。',
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
  return baseCost(model, X, y, w, b) + (lambda / 2) * sumSquares(w);
}

export function regularizedGradient(model, X, y, w, b, lambda) {
  checkModel(model);
  const g = baseGradient(model, X, y, w, b);
  return { dw: g.dw.map((d, j) => d + lambda * w[j]), db: g.db };
}
