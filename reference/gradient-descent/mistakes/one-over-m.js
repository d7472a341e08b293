export const hint = {
  en: 'The costs in your history are twice too large: your cost divides by m instead of 2m. J = 1/(2m) Σ (f − y)².',
  zh: '你的 history 中的代价大了一倍：你的代价除以了 m 而不是 2m。J = 1/(2m) Σ (f − y)²。',
};

function computeCost(X, y, w, b) {
  const m = X.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    sum += (f - y[i]) ** 2;
  }
  return sum / m;
}

function computeGradient(X, y, w, b) {
  const m = X.length;
  const dw = new Array(w.length).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    const err = f - y[i];
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];
    db += err;
  }
  return { dw: dw.map((d) => d / m), db: db / m };
}

export function gradientDescent(X, y, w0, b0, alpha, iters) {
  let w = [...w0];
  let b = b0;
  const history = [computeCost(X, y, w, b)];
  for (let k = 0; k < iters; k++) {
    const { dw, db } = computeGradient(X, y, w, b);
    w = w.map((wj, j) => wj - alpha * dw[j]);
    b = b - alpha * db;
    history.push(computeCost(X, y, w, b));
  }
  return { w, b, history };
}
