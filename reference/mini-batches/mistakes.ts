import { defineMistakes } from '../../src/lib/engine/mistakes';

// Edits several mistakes below share (each mistake still lists all of its edits).
const COMPLETE_BATCHES_ONLY = {
  find: `for (let start = 0; start < perm.length; start += batchSize) {
    batches.push({
      X: shuffledX.slice(start, start + batchSize),
      y: shuffledY.slice(start, start + batchSize),
    });`,
  replace: `const complete = Math.floor(perm.length / batchSize);
  for (let k = 0; k < complete; k++) {
    const start = k * batchSize;
    batches.push({ X: shuffledX.slice(start, start + batchSize), y: shuffledY.slice(start, start + batchSize) });`,
};

export default defineMistakes([
  {
    name: 'drops-last-partial',
    hint: {
      en: 'You make only ⌊m / batchSize⌋ batches, so the last, smaller batch is lost when m is not a multiple of batchSize. Keep it: there are ⌈m / batchSize⌉ batches and every example appears in exactly one.',
      zh: '你只生成了 ⌊m / batchSize⌋ 个批次，当 m 不是 batchSize 的倍数时，最后那个较小的批次被丢掉了。要保留它：共有 ⌈m / batchSize⌉ 个批次，每个样本恰好出现在一个批次里。',
    },
    edits: [
      COMPLETE_BATCHES_ONLY,
    ],
  },
  {
    name: 'empty-last-batch',
    hint: {
      en: 'When m is a multiple of batchSize you add an empty batch at the end (⌊m / batchSize⌋ + 1 batches). Make ⌈m / batchSize⌉ batches, e.g. loop `for (let start = 0; start < m; start += batchSize)`.',
      zh: '当 m 是 batchSize 的倍数时，你在末尾多加了一个空批次（⌊m / batchSize⌋ + 1 个批次）。应生成 ⌈m / batchSize⌉ 个批次，例如循环 `for (let start = 0; start < m; start += batchSize)`。',
    },
    edits: [
      COMPLETE_BATCHES_ONLY,
      {
        find: `}
  return batches;`,
        replace: `}
  const start = complete * batchSize;
  batches.push({ X: shuffledX.slice(start), y: shuffledY.slice(start) });
  return batches;`,
      },
    ],
  },
  {
    name: 'inverse-permutation',
    hint: {
      en: 'You send row k to position perm[k] (the inverse permutation). Shuffling as numpy’s X[perm] does the opposite: position k of the shuffled data holds row perm[k], i.e. shuffled[k] = X[perm[k]].',
      zh: '你把第 k 行放到了位置 perm[k]（逆排列）。numpy 的 X[perm] 正好相反：打乱后第 k 个位置放的是第 perm[k] 行，即 shuffled[k] = X[perm[k]]。',
    },
    edits: [
      {
        find: `const shuffledX = perm.map((i) => X[i].slice());
  const shuffledY = perm.map((i) => y[i]);`,
        replace: `const m = X.length;
  const shuffledX = new Array(m);
  const shuffledY = new Array(m);
  for (let k = 0; k < m; k++) {
    shuffledX[perm[k]] = X[k].slice();
    shuffledY[perm[k]] = y[k];
  }`,
      },
    ],
  },
  {
    name: 'perm-ignored',
    hint: {
      en: 'Your batches take the rows in their original order: shuffle first with the permutation you are given (position k holds row perm[k], like numpy’s X[perm]), then cut.',
      zh: '你的批次按原来的顺序取行：要先用给定的排列打乱（第 k 个位置放第 perm[k] 行，就像 numpy 的 X[perm]），再切分。',
    },
    edits: [
      {
        find: `for (let start = 0; start < perm.length; start += batchSize) {
    batches.push({
      X: shuffledX.slice(start, start + batchSize),
      y: shuffledY.slice(start, start + batchSize),
    });`,
        replace: `for (let start = 0; start < X.length; start += batchSize) {
    batches.push({ X: X.slice(start, start + batchSize).map((r) => r.slice()), y: y.slice(start, start + batchSize) });`,
      },
    ],
  },
  {
    name: 'y-not-shuffled',
    hint: {
      en: 'You shuffle the rows of X but not the labels: y must be shuffled with the same permutation (y[perm]), or every example loses its label.',
      zh: '你打乱了 X 的行却没有打乱标签：y 必须用同一个排列打乱（y[perm]），否则样本和标签就对不上了。',
    },
    edits: [
      {
        find: `batches.push({
      X: shuffledX.slice(start, start + batchSize),
      y: shuffledY.slice(start, start + batchSize),
    });`,
        replace: 'batches.push({ X: shuffledX.slice(start, start + batchSize), y: y.slice(start, start + batchSize) });',
      },
    ],
  },
]);
