export const hint = {
  en: 'You normalize each column instead of each row: your columns sum to 1. Each row is one example with one score per class, so the softmax runs along a row: p_ij = e^(z_ij) / Σ_k e^(z_ik).',
  zh: '你对每一列做了归一化，而不是每一行：你的结果每列之和为 1。每一行是一个样本，每个类别一个得分，所以 softmax 沿行计算：p_ij = e^(z_ij) / Σ_k e^(z_ik)。',
};

export function softmax(Z) {
  const m = Z.length;
  const n = Z[0].length;
  const out = Z.map((row) => row.slice());
  for (let j = 0; j < n; j++) {
    let max = -Infinity;
    for (let i = 0; i < m; i++) max = Math.max(max, Z[i][j]);
    let sum = 0;
    for (let i = 0; i < m; i++) sum += Math.exp(Z[i][j] - max);
    for (let i = 0; i < m; i++) out[i][j] = Math.exp(Z[i][j] - max) / sum;
  }
  return out;
}
