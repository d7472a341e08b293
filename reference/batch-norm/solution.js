/**
 * Batch normalization, forward pass, for a batch Z (m×n, one example per row), per column.
 *
 * @param {number[][]} Z - pre-activations, m×n
 * @param {number[]} gamma - scale, n
 * @param {number[]} beta - shift, n
 * @param {{ mean: number[], var: number[] }} running - running statistics, n each
 * @param {{ mode: 'train' | 'eval', eps?: number, momentum?: number }} options
 * @returns {{ out: number[][], running: { mean: number[], var: number[] } }}
 */
export function batchNormForward(Z, gamma, beta, running, { mode, eps = 1e-5, momentum = 0.1 }) {
  const m = Z.length;
  const n = gamma.length;

  if (mode === 'eval') {
    const out = Z.map((row) =>
      row.map((z, j) => (gamma[j] * (z - running.mean[j])) / Math.sqrt(running.var[j] + eps) + beta[j]),
    );
    return { out, running: { mean: [...running.mean], var: [...running.var] } };
  }
  if (mode !== 'train') throw new Error(`unknown mode '${mode}': use 'train' or 'eval'`);
  if (m < 2) throw new Error('batch norm in train mode needs a batch of at least 2 rows (the unbiased variance divides by m − 1)');

  const mean = [];
  const variance = [];
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += Z[i][j];
    const mu = sum / m;
    let sq = 0;
    for (let i = 0; i < m; i++) sq += (Z[i][j] - mu) ** 2;
    mean.push(mu);
    variance.push(sq / m); // population variance: used to normalize
  }

  const out = Z.map((row) => row.map((z, j) => (gamma[j] * (z - mean[j])) / Math.sqrt(variance[j] + eps) + beta[j]));

  // PyTorch's running statistics: the variance term uses the unbiased batch variance.
  const newRunning = {
    mean: running.mean.map((r, j) => (1 - momentum) * r + momentum * mean[j]),
    var: running.var.map((r, j) => (1 - momentum) * r + momentum * ((variance[j] * m) / (m - 1))),
  };
  return { out, running: newRunning };
}
