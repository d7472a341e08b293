export const hint = {
  en: 'Your test set has Math.floor((1 − f_train − f_val)·m) examples, so the examples left over by rounding down are lost. The test set is everything after the training and validation sets.',
  zh: '你的测试集只取了 Math.floor((1 − f_train − f_val)·m) 个样本，向下取整后剩下的样本被丢掉了。测试集应是训练集和验证集之后的全部样本。',
};

export function trainValTestSplit(m, fractions, perm) {
  const nTrain = Math.floor(fractions[0] * m);
  const nVal = Math.floor(fractions[1] * m);
  const nTest = Math.floor((1 - fractions[0] - fractions[1]) * m);
  return {
    train: perm.slice(0, nTrain),
    val: perm.slice(nTrain, nTrain + nVal),
    test: perm.slice(nTrain + nVal, nTrain + nVal + nTest),
  };
}
