export const hint = {
  en: 'When m is a multiple of batchSize you add an empty batch at the end (⌊m / batchSize⌋ + 1 batches). Make ⌈m / batchSize⌉ batches, e.g. loop `for (let start = 0; start < m; start += batchSize)`.',
  zh: '当 m 是 batchSize 的倍数时，你在末尾多加了一个空批次（⌊m / batchSize⌋ + 1 个批次）。应生成 ⌈m / batchSize⌉ 个批次，例如循环 `for (let start = 0; start < m; start += batchSize)`。',
};

export function makeMiniBatches(X, y, batchSize, perm) {
  const shuffledX = perm.map((i) => X[i].slice());
  const shuffledY = perm.map((i) => y[i]);
  const batches = [];
  const complete = Math.floor(perm.length / batchSize);
  for (let k = 0; k < complete; k++) {
    const start = k * batchSize;
    batches.push({ X: shuffledX.slice(start, start + batchSize), y: shuffledY.slice(start, start + batchSize) });
  }
  // the leftover examples (none when m is a multiple of batchSize)
  const start = complete * batchSize;
  batches.push({ X: shuffledX.slice(start), y: shuffledY.slice(start) });
  return batches;
}
