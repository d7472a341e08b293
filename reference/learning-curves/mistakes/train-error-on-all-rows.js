export const hint = {
  en: "Your training error is measured on the whole training set. The training error of a learning curve is the cost on the s examples the model was fitted on: rows 0..s−1 of Xtr, divided by 2s.",
  zh: "你的训练误差是在整个训练集上算的。学习曲线的训练误差是模型所拟合的那 s 个样本上的代价：Xtr 的第 0..s−1 行，除以 2s。",
};


/** Pivots below this fraction of the largest diagonal entry count as zero. */
const SINGULAR_TOL = 1e-10;

/** Solve (AᵀA + λD) θ = Aᵀy for the first s rows; returns { w, b }. */
function fitRidge(X, y, s, lambda) {
  const p = X[0].length + 1; // the bias and n weights
  const M = [];
  for (let j = 0; j < p; j++) M.push(new Array(p + 1).fill(0));
  for (let i = 0; i < s; i++) {
    const a = [1, ...X[i]];
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < p; k++) M[j][k] += a[j] * a[k];
      M[j][p] += a[j] * y[i];
    }
  }
  for (let j = 1; j < p; j++) M[j][j] += lambda; // the bias (j = 0) is not regularized

  let scale = 0;
  for (let j = 0; j < p; j++) scale = Math.max(scale, Math.abs(M[j][j]));
  for (let c = 0; c < p; c++) {
    let best = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(M[r][c]) > Math.abs(M[best][c])) best = r;
    if (!(Math.abs(M[best][c]) > SINGULAR_TOL * scale)) {
      throw new Error(`singular system with ${s} training examples: the columns of [1, X] are linearly dependent and λ = ${lambda} does not fix it`);
    }
    [M[c], M[best]] = [M[best], M[c]];
    for (let r = c + 1; r < p; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= p; k++) M[r][k] -= f * M[c][k];
    }
  }
  const theta = new Array(p).fill(0);
  for (let r = p - 1; r >= 0; r--) {
    let t = M[r][p];
    for (let k = r + 1; k < p; k++) t -= M[r][k] * theta[k];
    theta[r] = t / M[r][r];
  }
  return { b: theta[0], w: theta.slice(1) };
}

/** The cost over the first m rows. */
function cost(X, y, m, w, b) {
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < w.length; j++) f += X[i][j] * w[j];
    sum += (f - y[i]) ** 2;
  }
  return sum / (2 * m);
}

/**
 * @param {number[][]} Xtr - training data, one example per row
 * @param {number[]} ytr - training targets
 * @param {number[][]} Xcv - cross-validation data
 * @param {number[]} ycv - cross-validation targets
 * @param {number[]} sizes - training set sizes s (each between 1 and the number of training rows)
 * @param {number} lambda - regularization strength λ ≥ 0
 * @returns {{ trainError: number[], cvError: number[] }} one value per size
 */
export function learningCurve(Xtr, ytr, Xcv, ycv, sizes, lambda) {
  const trainError = [];
  const cvError = [];
  for (const s of sizes) {
    const { w, b } = fitRidge(Xtr, ytr, s, lambda);
    trainError.push(cost(Xtr, ytr, Xtr.length, w, b));
    cvError.push(cost(Xcv, ycv, Xcv.length, w, b));
  }
  return { trainError, cvError };
}
