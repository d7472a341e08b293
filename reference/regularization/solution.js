// Regularized cost and gradient of linear and logistic regression (L2 penalty on w, not on b).

/** @param {string} model */
function checkModel(model) {
  if (model !== 'linear' && model !== 'logistic') {
    throw new Error(`unknown model ${JSON.stringify(model)}: expected 'linear' or 'logistic'`);
  }
}

/**
 * @param {number[]} x - one example
 * @param {number[]} w
 * @param {number} b
 * @returns {number} z = x·w + b
 */
function logit(x, w, b) {
  let z = b;
  for (let j = 0; j < w.length; j++) z += x[j] * w[j];
  return z;
}

/** Stable sigmoid: the exponent is never positive. */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * J(w, b) + λ/(2m) Σ_j w_j², where J is the squared-error cost 1/(2m) Σ (f − y)² for 'linear'
 * and the mean binary cross-entropy (computed from z) for 'logistic'. b is not regularized.
 *
 * @param {'linear' | 'logistic'} model
 * @param {number[][]} X - m×n data
 * @param {number[]} y - m targets (labels 0/1 for 'logistic')
 * @param {number[]} w - n weights
 * @param {number} b - bias
 * @param {number} lambda - regularization strength λ ≥ 0
 * @returns {number}
 */
export function regularizedCost(model, X, y, w, b, lambda) {
  checkModel(model);
  const m = X.length;
  let cost = 0;
  for (let i = 0; i < m; i++) {
    const z = logit(X[i], w, b);
    if (model === 'linear') {
      cost += (z - y[i]) ** 2 / (2 * m);
    } else {
      // −y log σ(z) − (1 − y) log(1 − σ(z)) = log(1 + e^z) − y z
      cost += (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z) / m;
    }
  }
  let squares = 0;
  for (const wj of w) squares += wj * wj;
  return cost + (lambda / (2 * m)) * squares;
}

/**
 * Gradient of regularizedCost: dw_j = (1/m) Σ_i (f_i − y_i) x_ij + (λ/m) w_j, db = (1/m) Σ_i (f_i − y_i),
 * with f = z ('linear') or f = σ(z) ('logistic').
 *
 * @param {'linear' | 'logistic'} model
 * @param {number[][]} X
 * @param {number[]} y
 * @param {number[]} w
 * @param {number} b
 * @param {number} lambda
 * @returns {{ dw: number[], db: number }}
 */
export function regularizedGradient(model, X, y, w, b, lambda) {
  checkModel(model);
  const m = X.length;
  const dw = new Array(w.length).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    const z = logit(X[i], w, b);
    const f = model === 'linear' ? z : sigmoid(z);
    const err = f - y[i];
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return {
    dw: dw.map((g, j) => g / m + (lambda / m) * w[j]),
    db: db / m,
  };
}
