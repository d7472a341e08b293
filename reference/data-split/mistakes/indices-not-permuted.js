export const hint = {
  en: 'Your sets hold the indices 0, 1, 2, … in order: the data is never shuffled. Take the indices in the order of perm: the training set is perm[0], perm[1], …',
  zh: '你的集合里是按顺序排列的 0, 1, 2, …：数据根本没有打乱。应按 perm 的顺序取下标：训练集是 perm[0], perm[1], …',
};

export function trainValTestSplit(m, fractions, perm) {
  const nTrain = Math.floor(fractions[0] * m);
  const nVal = Math.floor(fractions[1] * m);
  const idx = [];
  for (let i = 0; i < m; i++) idx.push(i);
  return {
    train: idx.slice(0, nTrain),
    val: idx.slice(nTrain, nTrain + nVal),
    test: idx.slice(nTrain + nVal),
  };
}
