export const hint = {
  en: 'You divide by the sum over the whole matrix, so the entire matrix sums to 1. Each row is its own distribution: divide by the sum of that row only, p_ij = e^(z_ij) / Σ_k e^(z_ik).',
  zh: '你除以了整个矩阵的和，所以是整个矩阵之和为 1。每一行是一个独立的分布：只除以该行的和，p_ij = e^(z_ij) / Σ_k e^(z_ik)。',
};

export function softmax(Z) {
  let max = -Infinity;
  for (const row of Z) for (const z of row) max = Math.max(max, z);
  const e = Z.map((row) => row.map((z) => Math.exp(z - max)));
  let sum = 0;
  for (const row of e) for (const v of row) sum += v;
  return e.map((row) => row.map((v) => v / sum));
}
