// Random inputs several graders draw: symmetric positive definite matrices for quadratic bowls.
import type { Rng } from '../random';

/** A random symmetric positive definite n×n matrix: B·Bᵀ + ½I with B uniform in [−1, 1]. */
export function randomSpd(rng: Rng, n: number): number[][] {
  const B = rng.matrix(n, n, -1, 1);
  return B.map((_, i) => B.map((__, j) => B[i].reduce((s, x, k) => s + x * B[j][k], 0) + (i === j ? 0.5 : 0)));
}

/**
 * A random symmetric positive definite n×n matrix whose eigenvalues lie in [lo, hi]
 * (log-uniform), and its largest eigenvalue: P = Q·diag(λ)·Qᵀ, Q from Gram–Schmidt.
 */
export function randomSpdSpectrum(rng: Rng, n: number, lo: number, hi: number): { P: number[][]; lambdaMax: number } {
  const Q: number[][] = [];
  while (Q.length < n) {
    let v = rng.vector(n, -1, 1);
    for (const u of Q) {
      const d = v.reduce((s, x, i) => s + x * u[i], 0);
      v = v.map((x, i) => x - d * u[i]);
    }
    const norm = Math.hypot(...v);
    if (norm > 0.1) Q.push(v.map((x) => x / norm));
  }
  const lambdas = Array.from({ length: n }, () => Math.exp(rng.uniform(Math.log(lo), Math.log(hi))));
  const P = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Q.reduce((s, u, k) => s + lambdas[k] * u[i] * u[j], 0)));
  // exact symmetry
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) P[i][j] = P[j][i];
  return { P, lambdaMax: Math.max(...lambdas) };
}
