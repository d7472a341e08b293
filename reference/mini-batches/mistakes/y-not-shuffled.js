export const hint = {
  en: 'You shuffle the rows of X but not the labels: y must be shuffled with the same permutation (y[perm]), or every example loses its label.',
  zh: '你打乱了 X 的行却没有打乱标签：y 必须用同一个排列打乱（y[perm]），否则样本和标签就对不上了。',
};

export function makeMiniBatches(X, y, batchSize, perm) {
  const shuffledX = perm.map((i) => X[i].slice());
  const batches = [];
  for (let start = 0; start < perm.length; start += batchSize) {
    batches.push({ X: shuffledX.slice(start, start + batchSize), y: y.slice(start, start + batchSize) });
  }
  return batches;
}
