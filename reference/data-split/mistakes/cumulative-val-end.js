export const hint = {
  en: 'Your validation set ends at Math.floor((f_train + f_val)·m), so it can get an extra example. Round each size down on its own: the validation set has Math.floor(f_val·m) examples, starting right after the training set.',
  zh: '你的验证集结束于 Math.floor((f_train + f_val)·m)，可能多出一个样本。每个集合的大小应各自向下取整：验证集有 Math.floor(f_val·m) 个样本，紧接在训练集之后。',
};

export function trainValTestSplit(m, fractions, perm) {
  const trainEnd = Math.floor(fractions[0] * m);
  const valEnd = Math.floor((fractions[0] + fractions[1]) * m);
  return {
    train: perm.slice(0, trainEnd),
    val: perm.slice(trainEnd, valEnd),
    test: perm.slice(valEnd),
  };
}
