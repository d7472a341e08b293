export const hint = {
  en: 'Your batches take the rows in their original order: shuffle first with the permutation you are given (position k holds row perm[k], like numpy’s X[perm]), then cut.',
  zh: '你的批次按原来的顺序取行：要先用给定的排列打乱（第 k 个位置放第 perm[k] 行，就像 numpy 的 X[perm]），再切分。',
};

export function makeMiniBatches(X, y, batchSize, perm) {
  const batches = [];
  for (let start = 0; start < X.length; start += batchSize) {
    batches.push({ X: X.slice(start, start + batchSize).map((r) => r.slice()), y: y.slice(start, start + batchSize) });
  }
  return batches;
}
