/** Column means of X (m×n). */
function columnMeans(X) {
  const m = X.length;
  const n = X[0].length;
  const mu = new Array(n).fill(0);
  for (const row of X) for (let j = 0; j < n; j++) mu[j] += row[j];
  return mu.map((s) => s / m);
}

/**
 * Subtracts from every column its mean.
 *
 * @param {number[][]} X - m×n data, one example per row
 * @returns {number[][]}
 */
export function zeroCenter(X) {
  const mu = columnMeans(X);
  return X.map((row) => row.map((x, j) => x - mu[j]));
}

/**
 * (x − μ)/σ per column, with the population σ; a constant column gives 0.
 *
 * @param {number[][]} X - m×n data
 * @returns {number[][]}
 */
export function standardize(X) {
  const m = X.length;
  const n = X[0].length;
  const mu = columnMeans(X);
  const sigma = [];
  const constant = [];
  for (let j = 0; j < n; j++) {
    let sq = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < m; i++) {
      sq += (X[i][j] - mu[j]) ** 2;
      min = Math.min(min, X[i][j]);
      max = Math.max(max, X[i][j]);
    }
    sigma.push(Math.sqrt(sq / m));
    // Test constancy on the data itself: σ computed in floating point may be 1e-17 instead of 0.
    constant.push(max === min);
  }
  return X.map((row) => row.map((x, j) => (constant[j] ? 0 : (x - mu[j]) / sigma[j])));
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.
 * Returns the eigenvalues (unsorted) and the eigenvectors as the columns of V.
 */
function jacobiEigen(S) {
  const n = S.length;
  const A = S.map((row) => [...row]);
  const V = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) total += A[i][j] * A[i][j];

  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p][q] * A[p][q];
    if (off <= 1e-30 * total) break;

    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (A[p][q] === 0) continue;
        // Rotation angle that zeroes A[p][q]: tan(2φ) = 2 A_pq / (A_qq − A_pp).
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // A ← Jᵀ A J, V ← V J, with J the rotation in the (p, q) plane.
        for (let k = 0; k < n; k++) {
          const akp = A[k][p];
          const akq = A[k][q];
          A[k][p] = c * akp - s * akq;
          A[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p][k];
          const aqk = A[q][k];
          A[p][k] = c * apk - s * aqk;
          A[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k][p];
          const vkq = V[k][q];
          V[k][p] = c * vkp - s * vkq;
          V[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: A.map((row, i) => row[i]), vectors: V };
}

/**
 * PCA rotation and whitening.
 *
 * @param {number[][]} X - m×n data
 * @param {number} [eps=1e-5] - added to each eigenvalue before the square root
 * @returns {{ Xrot: number[][], Xwhite: number[][], eigenvalues: number[] }}
 */
export function pcaWhiten(X, eps = 1e-5) {
  const m = X.length;
  const n = X[0].length;
  const Xc = zeroCenter(X);

  // Covariance Σ = Xcᵀ Xc / m (n×n).
  const cov = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += Xc[i][a] * Xc[i][b];
      cov[a][b] = s / m;
    }
  }

  const { values, vectors } = jacobiEigen(cov);
  const order = values.map((_, k) => k).sort((a, b) => values[b] - values[a]);
  const eigenvalues = order.map((k) => values[k]);
  // U's columns are the eigenvectors in that order; the sign of each is free — we make the
  // component of largest magnitude positive.
  const U = Array.from({ length: n }, () => new Array(n).fill(0));
  order.forEach((k, col) => {
    let big = 0;
    for (let i = 0; i < n; i++) if (Math.abs(vectors[i][k]) > Math.abs(big)) big = vectors[i][k];
    const sign = big < 0 ? -1 : 1;
    for (let i = 0; i < n; i++) U[i][col] = sign * vectors[i][k];
  });

  const Xrot = Xc.map((row) => U[0].map((_, col) => row.reduce((s, x, i) => s + x * U[i][col], 0)));
  const Xwhite = Xrot.map((row) => row.map((x, col) => x / Math.sqrt(eigenvalues[col] + eps)));
  return { Xrot, Xwhite, eigenvalues };
}
