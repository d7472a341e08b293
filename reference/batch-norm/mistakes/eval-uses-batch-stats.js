export const hint = {
  en: 'In eval mode you normalize with the statistics of the batch. At inference use the running statistics: out = γ·(z − running.mean)/√(running.var + eps) + β, and return running unchanged.',
  zh: '在 eval 模式下你用了当前批次的统计量。推理时应使用滑动统计量：out = γ·(z − running.mean)/√(running.var + eps) + β，并原样返回 running。',
};

export function batchNormForward(Z, gamma, beta, running, { mode, eps = 1e-5, momentum = 0.1 }) {
  const m = Z.length;
  const n = gamma.length;

  if (mode !== 'train' && mode !== 'eval') throw new Error(`unknown mode '${mode}': use 'train' or 'eval'`);
  if (mode === 'train' && m < 2) throw new Error('batch norm in train mode needs a batch of at least 2 rows (the unbiased variance divides by m − 1)');

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
  if (mode === 'eval') return { out, running: { mean: [...running.mean], var: [...running.var] } };
  return { out, running: newRunning };
}
