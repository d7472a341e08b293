export const hint = {
  en: 'Your path leaves out the starting point. Return iters + 1 points: θ0 first, then the point after each step.',
  zh: '你的路径漏掉了起点。应返回 iters + 1 个点：先是 θ0，然后是每一步之后的点。',
};

const METHODS = ['gd', 'momentum', 'nesterov', 'adam', 'newton'];

/** P·x + q: the gradient of f(θ) = ½θᵀPθ + qᵀθ at x. */
function gradient(P, q, x) {
  return P.map((row, i) => row.reduce((s, p, j) => s + p * x[j], q[i]));
}

/** Solve A·x = b by Gaussian elimination with partial pivoting (A is not changed). */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r][col]) > Math.abs(M[pivot][col])) pivot = r;
    [M[col], M[pivot]] = [M[pivot], M[col]];
    for (let r = col + 1; r < n; r++) {
      const f = M[r][col] / M[col][col];
      for (let c = col; c <= n; c++) M[r][c] -= f * M[col][c];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let c = r + 1; c < n; c++) s -= M[r][c] * x[c];
    x[r] = s / M[r][r];
  }
  return x;
}

/**
 * Minimize f(θ) = ½θᵀPθ + qᵀθ from theta0 with one of five methods; returns the path.
 *
 * @param {number[][]} P - n×n symmetric positive definite
 * @param {number[]} q - n
 * @param {number[]} theta0 - the starting point
 * @param {'gd' | 'momentum' | 'nesterov' | 'adam' | 'newton'} method
 * @param {{ lr?: number, beta?: number, beta1?: number, beta2?: number, eps?: number }} hp
 * @param {number} iters - number of steps
 * @returns {number[][]} the iters + 1 points θ0, θ1, …
 */
export function minimizeQuadratic(P, q, theta0, method, hp, iters) {
  if (!METHODS.includes(method)) throw new Error(`unknown method '${method}': use one of ${METHODS.join(', ')}`);
  const { lr = method === 'newton' ? 1 : undefined, beta = 0.9, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 } = hp ?? {};
  if (typeof lr !== 'number') throw new Error(`hp.lr is required for ${method}`);

  let theta = [...theta0];
  let v = theta.map(() => 0); // momentum / Nesterov velocity; Adam's second moment
  let m = theta.map(() => 0); // Adam's first moment
  const path = [];
  for (let t = 1; t <= iters; t++) {
    if (method === 'gd') {
      const g = gradient(P, q, theta);
      theta = theta.map((x, i) => x - lr * g[i]);
    } else if (method === 'momentum') {
      const g = gradient(P, q, theta);
      v = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
      theta = theta.map((x, i) => x - lr * v[i]);
    } else if (method === 'nesterov') {
      const g = gradient(P, q, theta.map((x, i) => x - lr * v[i])); // at the look-ahead point
      v = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
      theta = theta.map((x, i) => x - lr * v[i]);
    } else if (method === 'adam') {
      const g = gradient(P, q, theta);
      m = m.map((mi, i) => beta1 * mi + (1 - beta1) * g[i]);
      v = v.map((vi, i) => beta2 * vi + (1 - beta2) * g[i] * g[i]);
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      theta = theta.map((x, i) => x - (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps));
    } else {
      const d = solve(P, gradient(P, q, theta)); // P⁻¹∇f(θ)
      theta = theta.map((x, i) => x - lr * d[i]);
    }
    path.push(theta);
  }
  return path;
}
