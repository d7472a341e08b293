/** f = x·w + b for one example x. */
function predictOne(x, w, b) {
  let f = b;
  for (let j = 0; j < w.length; j++) f += x[j] * w[j];
  return f;
}

/** The chapter-1 cost J = 1/(2m) Σ (f_i − y_i)² over all m examples. */
function cost(X, y, w, b) {
  let sum = 0;
  for (let i = 0; i < X.length; i++) {
    const err = predictOne(X[i], w, b) - y[i];
    sum += err * err;
  }
  return sum / (2 * X.length);
}

/**
 * Linear regression trained by mini-batch SGD, one epoch per permutation.
 *
 * @param {number[][]} X - m×n data, one example per row (m ≥ 1)
 * @param {number[]} y - m targets
 * @param {number[]} w0 - initial weights (n)
 * @param {number} b0 - initial bias
 * @param {number} alpha - learning rate
 * @param {number} batchSize - examples per batch (the last batch may be smaller)
 * @param {number[][]} perms - one permutation of 0…m−1 per epoch: position k holds row perms[e][k]
 * @returns {{ w: number[], b: number, history: number[] }} history: J at (w0, b0), then after each epoch
 */
export function miniBatchSGD(X, y, w0, b0, alpha, batchSize, perms) {
  const m = X.length;
  let w = w0.slice();
  let b = b0;
  const history = [cost(X, y, w, b)];
  for (const perm of perms) {
    for (let start = 0; start < m; start += batchSize) {
      const batch = perm.slice(start, start + batchSize);
      const dw = new Array(w.length).fill(0);
      let db = 0;
      for (const i of batch) {
        const err = predictOne(X[i], w, b) - y[i];
        for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];
        db += err;
      }
      const step = alpha / batch.length;
      w = w.map((wj, j) => wj - step * dw[j]);
      b -= step * db;
    }
    history.push(cost(X, y, w, b));
  }
  return { w, b, history };
}
