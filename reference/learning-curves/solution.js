// Learning curves: fit regularized linear regression (ridge) on the first s training examples for
// several s, and record the training and cross-validation errors of each fit.
//
// The fit minimizes J(w, b) = 1/(2s) Σ (f − y)² + λ/(2s) Σ w_j². Setting its gradient to zero and
// multiplying by s gives the regularized normal equations
//     (AᵀA + λ·D) θ = Aᵀy,   A = [1, X],  θ = [b, w_0, …, w_{n−1}],  D = diag(0, 1, …, 1),
// solved here by Gaussian elimination in the given order (no row exchanges).

/**
 * A pivot at most this fraction of its own diagonal entry counts as zero: the system is singular.
 * A system with condition number κ keeps every pivot above 1/κ of its diagonal entry, so any
 * κ < 1e10 is solved; exactly dependent columns leave a pivot of about 1e-16 of it.
 */
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

  // AᵀA + λD is symmetric positive semi-definite, so elimination needs no row exchanges: each
  // pivot is what is left of its diagonal entry once the columns before it have explained what
  // they can (Cholesky's L[c][c]²). Whether the system counts as singular then depends neither on
  // the order of the rows nor on the scale of a feature.
  const diagonal = M.map((row, j) => row[j]);
  for (let c = 0; c < p; c++) {
    if (!(M[c][c] > SINGULAR_TOL * diagonal[c])) {
      throw new Error(`singular system with ${s} training examples: the columns of [1, X] are linearly dependent and λ = ${lambda} does not fix it`);
    }
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

/** The unregularized cost 1/(2m) Σ (f − y)² over the first m rows. */
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
    trainError.push(cost(Xtr, ytr, s, w, b));
    cvError.push(cost(Xcv, ycv, Xcv.length, w, b));
  }
  return { trainError, cvError };
}
