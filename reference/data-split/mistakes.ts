import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'cumulative-val-end',
    hint: {
      en: 'Your validation set ends at Math.floor((f_train + f_val)·m), so it can get an extra example. Round each size down on its own: the validation set has Math.floor(f_val·m) examples, starting right after the training set.',
      zh: '你的验证集结束于 Math.floor((f_train + f_val)·m)，可能多出一个样本。每个集合的大小应各自向下取整：验证集有 Math.floor(f_val·m) 个样本，紧接在训练集之后。',
    },
    edits: [
      { find: 'const nTrain = Math.floor(fractions[0] * m);', replace: 'const trainEnd = Math.floor(fractions[0] * m);' },
      {
        find: 'const nVal = Math.floor(fractions[1] * m);',
        replace: 'const valEnd = Math.floor((fractions[0] + fractions[1]) * m);',
      },
      { find: 'train: perm.slice(0, nTrain),', replace: 'train: perm.slice(0, trainEnd),' },
      { find: 'val: perm.slice(nTrain, nTrain + nVal),', replace: 'val: perm.slice(trainEnd, valEnd),' },
      {
        find: 'test: perm.slice(nTrain + nVal, m), // everything left over, so no example is lost',
        replace: 'test: perm.slice(valEnd),',
      },
    ],
  },
  {
    name: 'indices-not-permuted',
    hint: {
      en: 'Your sets hold the indices 0, 1, 2, … in order: the data is never shuffled. Take the indices in the order of perm: the training set is perm[0], perm[1], …',
      zh: '你的集合里是按顺序排列的 0, 1, 2, …：数据根本没有打乱。应按 perm 的顺序取下标：训练集是 perm[0], perm[1], …',
    },
    edits: [
      {
        find: 'const nVal = Math.floor(fractions[1] * m);',
        replace: `const nVal = Math.floor(fractions[1] * m);
  const idx = [];
  for (let i = 0; i < m; i++) idx.push(i);`,
      },
      { find: 'train: perm.slice(0, nTrain),', replace: 'train: idx.slice(0, nTrain),' },
      { find: 'val: perm.slice(nTrain, nTrain + nVal),', replace: 'val: idx.slice(nTrain, nTrain + nVal),' },
      {
        find: 'test: perm.slice(nTrain + nVal, m), // everything left over, so no example is lost',
        replace: 'test: idx.slice(nTrain + nVal),',
      },
    ],
  },
  {
    name: 'round-not-floor',
    hint: {
      en: 'Your set sizes are rounded to the nearest integer. Round down: the training set has Math.floor(fractions[0]·m) examples, the validation set Math.floor(fractions[1]·m), and the test set gets the rest.',
      zh: '你把集合大小四舍五入了。应向下取整：训练集有 Math.floor(fractions[0]·m) 个样本，验证集有 Math.floor(fractions[1]·m) 个，其余都归测试集。',
    },
    edits: [
      { find: 'const nTrain = Math.floor(fractions[0] * m);', replace: 'const nTrain = Math.round(fractions[0] * m);' },
      { find: 'const nVal = Math.floor(fractions[1] * m);', replace: 'const nVal = Math.round(fractions[1] * m);' },
    ],
  },
  {
    name: 'test-gets-floor-too',
    hint: {
      en: 'Your test set has Math.floor((1 − f_train − f_val)·m) examples, so the examples left over by rounding down are lost. The test set is everything after the training and validation sets.',
      zh: '你的测试集只取了 Math.floor((1 − f_train − f_val)·m) 个样本，向下取整后剩下的样本被丢掉了。测试集应是训练集和验证集之后的全部样本。',
    },
    edits: [
      {
        find: 'const nVal = Math.floor(fractions[1] * m);',
        replace: `const nVal = Math.floor(fractions[1] * m);
  const nTest = Math.floor((1 - fractions[0] - fractions[1]) * m);`,
      },
      {
        find: 'test: perm.slice(nTrain + nVal, m), // everything left over, so no example is lost',
        replace: 'test: perm.slice(nTrain + nVal, nTrain + nVal + nTest),',
      },
    ],
  },
]);
