export const hint = {
  en: 'You make only ⌊m / batchSize⌋ batches, so the last, smaller batch is lost when m is not a multiple of batchSize. Keep it: there are ⌈m / batchSize⌉ batches and every example appears in exactly one.',
  zh: '你只生成了 ⌊m / batchSize⌋ 个批次，当 m 不是 batchSize 的倍数时，最后那个较小的批次被丢掉了。要保留它：共有 ⌈m / batchSize⌉ 个批次，每个样本恰好出现在一个批次里。',
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
  return batches;
}
