export const hint = {
  en: 'You put the column of ones last, A = [X, 1], but read b from θ[0]. With the ones last, θ = [w_0, …, w_{n−1}, b]: b is the last entry. Keep the order you built A in when splitting θ into w and b.',
  zh: '你把全 1 列放在最后（A = [X, 1]），却从 θ[0] 读取 b。全 1 列在最后时 θ = [w_0, …, w_{n−1}, b]：b 是最后一个元素。把 θ 拆成 w 和 b 时要与构造 A 的顺序一致。',
};

// Known-wrong variant: the ones are appended last, but θ is split as if they came first.
// Least squares with an intercept, solved exactly: the normal equations (AᵀA) θ = Aᵀy with
// A = [1, X] (a column of ones first, so θ = [b, w_0, …, w_{n−1}]), by Gaussian elimination
// with partial pivoting.

/** Pivots below this fraction of the largest diagonal entry of AᵀA count as zero. */
const SINGULAR_TOL = 1e-10;

/**
 * @param {number[][]} X - m×n data, one example per row
 * @param {number[]} y - m targets
 * @returns {{ w: number[], b: number }}
 */
export function normalEquation(X, y) {
  const m = X.length;
  const A = X.map((row) => [...row, 1]);
  const p = A[0].length; // n + 1 unknowns

  // The augmented system [AᵀA | Aᵀy], p rows of p + 1 numbers.
  const M = [];
  for (let j = 0; j < p; j++) {
    const row = new Array(p + 1).fill(0);
    for (let k = 0; k < p; k++) {
      for (let i = 0; i < m; i++) row[k] += A[i][j] * A[i][k];
    }
    for (let i = 0; i < m; i++) row[p] += A[i][j] * y[i];
    M.push(row);
  }

  // The scale the pivots are compared with: rounding leaves dependent columns a pivot of about
  // 1e-16 of it, while a well-conditioned system keeps every pivot far above SINGULAR_TOL of it.
  let scale = 0;
  for (let j = 0; j < p; j++) scale = Math.max(scale, Math.abs(M[j][j]));

  // Forward elimination with partial pivoting.
  for (let c = 0; c < p; c++) {
    let best = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(M[r][c]) > Math.abs(M[best][c])) best = r;
    if (!(Math.abs(M[best][c]) > SINGULAR_TOL * scale)) {
      throw new Error('XᵀX is singular: the columns of [1, X] are linearly dependent (a constant or duplicated feature, or fewer than n + 1 examples)');
    }
    [M[c], M[best]] = [M[best], M[c]];
    for (let r = c + 1; r < p; r++) {
      const f = M[r][c] / M[c][c];
      if (f === 0) continue;
      for (let k = c; k <= p; k++) M[r][k] -= f * M[c][k];
    }
  }

  // Back substitution.
  const theta = new Array(p).fill(0);
  for (let r = p - 1; r >= 0; r--) {
    let s = M[r][p];
    for (let k = r + 1; k < p; k++) s -= M[r][k] * theta[k];
    theta[r] = s / M[r][r];
  }
  return { w: theta.slice(1), b: theta[0] };
}
