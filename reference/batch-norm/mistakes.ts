import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'biased-running-var',
    hint: {
      en: 'Your running variance is updated with the population (biased) batch variance. PyTorch normalizes with the population variance but feeds the UNBIASED one, Σ(z−μ)²/(m−1), into running.var.',
      zh: '你的滑动方差用的是总体（有偏）批方差。PyTorch 归一化时用总体方差，但更新 running.var 时用的是**无偏**方差 Σ(z−μ)²/(m−1)。',
    },
    edits: [
      {
        find: 'var: running.var.map((r, j) => (1 - momentum) * r + momentum * ((variance[j] * m) / (m - 1))),',
        replace: 'var: running.var.map((r, j) => (1 - momentum) * r + momentum * variance[j]),',
      },
    ],
  },
  {
    name: 'eval-uses-batch-stats',
    hint: {
      en: 'In eval mode you normalize with the statistics of the batch. At inference use the running statistics: out = γ·(z − running.mean)/√(running.var + eps) + β, and return running unchanged.',
      zh: '在 eval 模式下你用了当前批次的统计量。推理时应使用滑动统计量：out = γ·(z − running.mean)/√(running.var + eps) + β，并原样返回 running。',
    },
    edits: [
      {
        find: `if (mode === 'eval') {
    const out = Z.map((row) =>
      row.map((z, j) => (gamma[j] * (z - running.mean[j])) / Math.sqrt(running.var[j] + eps) + beta[j]),
    );
    return { out, running: { mean: [...running.mean], var: [...running.var] } };
  }
  if (mode !== 'train') throw new Error(\`unknown mode '\${mode}': use 'train' or 'eval'\`);
  if (m < 2) throw new Error('batch norm in train mode needs a batch of at least 2 rows (the unbiased variance divides by m − 1)');`,
        replace: `if (mode !== 'train' && mode !== 'eval') throw new Error(\`unknown mode '\${mode}': use 'train' or 'eval'\`);
  if (mode === 'train' && m < 2) throw new Error('batch norm in train mode needs a batch of at least 2 rows (the unbiased variance divides by m − 1)');`,
      },
      {
        find: `};
  return { out, running: newRunning };`,
        replace: `};
  if (mode === 'eval') return { out, running: { mean: [...running.mean], var: [...running.var] } };
  return { out, running: newRunning };`,
      },
    ],
  },
  {
    name: 'momentum-swapped',
    hint: {
      en: 'Your running statistics weight the old value by momentum. In PyTorch momentum is the weight of the NEW batch: running = (1 − momentum)·running + momentum·batch.',
      zh: '你的滑动统计量把 momentum 作为旧值的权重。在 PyTorch 中 momentum 是**新批次**的权重：running = (1 − momentum)·running + momentum·batch。',
    },
    edits: [
      {
        find: 'mean: running.mean.map((r, j) => (1 - momentum) * r + momentum * mean[j]),',
        replace: 'mean: running.mean.map((r, j) => momentum * r + (1 - momentum) * mean[j]),',
      },
      {
        find: 'var: running.var.map((r, j) => (1 - momentum) * r + momentum * ((variance[j] * m) / (m - 1))),',
        replace: 'var: running.var.map((r, j) => momentum * r + (1 - momentum) * ((variance[j] * m) / (m - 1))),',
      },
    ],
  },
  {
    name: 'unbiased-normalization',
    hint: {
      en: 'You normalize with the unbiased variance (dividing by m − 1). In train mode the batch is normalized with the population variance σ² = Σ(z−μ)²/m; m − 1 is only for the running variance.',
      zh: '你归一化时用了无偏方差（除以 m − 1）。训练模式下用总体方差 σ² = Σ(z−μ)²/m 归一化；m − 1 只用于滑动方差。',
    },
    edits: [
      {
        find: 'const out = Z.map((row) => row.map((z, j) => (gamma[j] * (z - mean[j])) / Math.sqrt(variance[j] + eps) + beta[j]));',
        replace: 'const out = Z.map((row) => row.map((z, j) => (gamma[j] * (z - mean[j])) / Math.sqrt((variance[j] * m) / (m - 1) + eps) + beta[j]));',
      },
    ],
  },
]);
