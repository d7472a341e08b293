export const hint = {
  en: 'You send row k to position perm[k] (the inverse permutation). Shuffling as numpy’s X[perm] does the opposite: position k of the shuffled data holds row perm[k], i.e. shuffled[k] = X[perm[k]].',
  zh: '你把第 k 行放到了位置 perm[k]（逆排列）。numpy 的 X[perm] 正好相反：打乱后第 k 个位置放的是第 perm[k] 行，即 shuffled[k] = X[perm[k]]。',
};

export function makeMiniBatches(X, y, batchSize, perm) {
  const m = X.length;
  const shuffledX = new Array(m);
  const shuffledY = new Array(m);
  for (let k = 0; k < m; k++) {
    shuffledX[perm[k]] = X[k].slice();
    shuffledY[perm[k]] = y[k];
  }
  const batches = [];
  for (let start = 0; start < m; start += batchSize) {
    batches.push({ X: shuffledX.slice(start, start + batchSize), y: shuffledY.slice(start, start + batchSize) });
  }
  return batches;
}
