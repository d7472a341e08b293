export const hint = {
  en: 'You shift by the maximum of the whole matrix. A row far below it, such as [−1000, −999] next to a row with 1000, then underflows to all zeros and gives 0/0 = NaN. Shift each row by its own maximum.',
  zh: '你减去的是整个矩阵的最大值。某一行若远小于它，比如与含 1000 的行同在的 [−1000, −999]，就会全部下溢为 0，得到 0/0 = NaN。每一行要减去它自己的最大值。',
};

export function softmax(Z) {
  let max = -Infinity;
  for (const row of Z) for (const z of row) max = Math.max(max, z);
  return Z.map((row) => {
    const e = row.map((z) => Math.exp(z - max));
    const sum = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / sum);
  });
}
