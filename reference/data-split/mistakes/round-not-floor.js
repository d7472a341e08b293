export const hint = {
  en: 'Your set sizes are rounded to the nearest integer. Round down: the training set has Math.floor(fractions[0]·m) examples, the validation set Math.floor(fractions[1]·m), and the test set gets the rest.',
  zh: '你把集合大小四舍五入了。应向下取整：训练集有 Math.floor(fractions[0]·m) 个样本，验证集有 Math.floor(fractions[1]·m) 个，其余都归测试集。',
};

export function trainValTestSplit(m, fractions, perm) {
  const nTrain = Math.round(fractions[0] * m);
  const nVal = Math.round(fractions[1] * m);
  return {
    train: perm.slice(0, nTrain),
    val: perm.slice(nTrain, nTrain + nVal),
    test: perm.slice(nTrain + nVal),
  };
}
