export const hint = {
  en: 'Your update is sequential: you change w first and then compute db with the new w. Compute both derivatives at the current (w, b) first, then update w and b together (a simultaneous update).',
  zh: '你的更新是顺序的：先改了 w，再用新的 w 计算 db。应先在当前的 (w, b) 处算出两个导数，再同时更新 w 和 b（同步更新）。',
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
  const history = [computeCost(X, y, w, b)];
  for (let k = 0; k < iters; k++) {
    w = w.map((wj, j) => wj - alpha * computeGradient(X, y, w, b).dw[j]);
    b = b - alpha * computeGradient(X, y, w, b).db;
    history.push(computeCost(X, y, w, b));
  }
  return { w, b, history };
}
