export const hint = {
  en: 'Your history records the cost before each update, so it has iters numbers and misses the cost after the last update. It must have iters + 1 costs: J(w0, b0) first, then the cost after each update.',
  zh: '你的 history 记录的是每次更新之前的代价，所以只有 iters 个数，缺少最后一次更新之后的代价。它应有 iters + 1 个代价：先是 J(w0, b0)，然后是每次更新之后的代价。',
};

function computeCost(X, y, w, b) {
  const m = X.length;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    sum += (f - y[i]) ** 2;
  }
  return sum / (2 * m);
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
  const history = [];
  for (let k = 0; k < iters; k++) {
    history.push(computeCost(X, y, w, b));
    const { dw, db } = computeGradient(X, y, w, b);
    w = w.map((wj, j) => wj - alpha * dw[j]);
    b = b - alpha * db;
  }
  return { w, b, history };
}
