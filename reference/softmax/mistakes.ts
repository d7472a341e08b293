import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'global-max-shift',
    hint: {
      en: 'You shift by the maximum of the whole matrix. A row far below it, such as [−1000, −999] next to a row with 1000, then underflows to all zeros and gives 0/0 = NaN. Shift each row by its own maximum.',
      zh: '你减去的是整个矩阵的最大值。某一行若远小于它，比如与含 1000 的行同在的 [−1000, −999]，就会全部下溢为 0，得到 0/0 = NaN。每一行要减去它自己的最大值。',
    },
    edits: [
      {
        find: 'export function softmax(Z) {',
        replace: `export function softmax(Z) {
  let max = -Infinity;
  for (const row of Z) for (const z of row) max = Math.max(max, z);`,
      },
      {
        find: `return Z.map((row) => {
    let max = -Infinity;
    for (const z of row) if (z > max) max = z;`,
        replace: 'return Z.map((row) => {',
      },
    ],
  },
  {
    name: 'no-max-shift',
    hint: {
      en: 'You exponentiate the logits as they are: e^1000 is Infinity and Infinity/Infinity is NaN (and a row of −1000s gives 0/0). Subtract the row maximum first, softmax(z) = softmax(z − max(z)): every exponent is then ≤ 0 and the largest term is 1.',
      zh: '你直接对 logits 求指数：e^1000 是 Infinity，Infinity/Infinity 是 NaN（一行全是 −1000 时则是 0/0）。先减去该行的最大值，softmax(z) = softmax(z − max(z))：这样每个指数都 ≤ 0，最大的一项恰好是 1。',
    },
    edits: [
      {
        find: `let max = -Infinity;
    for (const z of row) if (z > max) max = z;
    const e = row.map((z) => Math.exp(z - max));
    let sum = 0;
    for (const v of e) sum += v;`,
        replace: `const e = row.map((z) => Math.exp(z));
    const sum = e.reduce((s, v) => s + v, 0);`,
      },
    ],
  },
  {
    name: 'softmax-over-columns',
    hint: {
      en: 'You normalize each column instead of each row: your columns sum to 1. Each row is one example with one score per class, so the softmax runs along a row: p_ij = e^(z_ij) / Σ_k e^(z_ik).',
      zh: '你对每一列做了归一化，而不是每一行：你的结果每列之和为 1。每一行是一个样本，每个类别一个得分，所以 softmax 沿行计算：p_ij = e^(z_ij) / Σ_k e^(z_ik)。',
    },
    edits: [
      {
        find: 'return Z.map((row) => {',
        replace: `const m = Z.length;
  const n = Z[0].length;
  const out = Z.map((row) => row.slice());
  for (let j = 0; j < n; j++) {`,
      },
      {
        find: `for (const z of row) if (z > max) max = z;
    const e = row.map((z) => Math.exp(z - max));`,
        replace: 'for (let i = 0; i < m; i++) max = Math.max(max, Z[i][j]);',
      },
      {
        find: `for (const v of e) sum += v;
    return e.map((v) => v / sum);
  });`,
        replace: `for (let i = 0; i < m; i++) sum += Math.exp(Z[i][j] - max);
    for (let i = 0; i < m; i++) out[i][j] = Math.exp(Z[i][j] - max) / sum;
  }
  return out;`,
      },
    ],
  },
  {
    name: 'whole-matrix-normalized',
    hint: {
      en: 'You divide by the sum over the whole matrix, so the entire matrix sums to 1. Each row is its own distribution: divide by the sum of that row only, p_ij = e^(z_ij) / Σ_k e^(z_ik).',
      zh: '你除以了整个矩阵的和，所以是整个矩阵之和为 1。每一行是一个独立的分布：只除以该行的和，p_ij = e^(z_ij) / Σ_k e^(z_ik)。',
    },
    edits: [
      {
        find: `export function softmax(Z) {
  return Z.map((row) => {`,
        replace: 'export function softmax(Z) {',
      },
      {
        find: 'for (const z of row) if (z > max) max = z;',
        replace: 'for (const row of Z) for (const z of row) max = Math.max(max, z);',
      },
      {
        find: 'const e = row.map((z) => Math.exp(z - max));',
        replace: 'const e = Z.map((row) => row.map((z) => Math.exp(z - max)));',
      },
      {
        find: `for (const v of e) sum += v;
    return e.map((v) => v / sum);
  });`,
        replace: `for (const row of e) for (const v of row) sum += v;
    return e.map((row) => row.map((v) => v / sum));`,
      },
    ],
  },
]);
