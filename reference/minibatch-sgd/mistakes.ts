import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'last-batch-divided-by-batch-size',
    hint: {
      en: 'You divide every batch by batchSize, also the smaller last one. Each update averages over the examples it actually has: divide by |B|, the size of that batch.',
      zh: '你把每个批次都除以 batchSize，包括较小的最后一个批次。每次更新应对该批次实际包含的样本取平均：除以该批次的大小 |B|。',
    },
    edits: [{ find: 'const step = alpha / batch.length;', replace: 'const step = alpha / batchSize;' }],
  },
  {
    name: 'last-batch-dropped',
    hint: {
      en: 'You skip the smaller last batch. When m is not a multiple of batchSize the leftover examples form one more, smaller batch: ⌈m/batchSize⌉ updates per epoch.',
      zh: '你跳过了较小的最后一个批次。当 m 不是 batchSize 的倍数时，剩下的样本组成一个更小的批次：每轮 ⌈m/batchSize⌉ 次更新。',
    },
    edits: [{ find: 'for (let start = 0; start < m; start += batchSize) {', replace: 'for (let start = 0; start + batchSize <= m; start += batchSize) {' }],
  },
  {
    name: 'inverse-permutation',
    hint: {
      en: 'You send row k to position perm[k]; it is the other way round: position k of the shuffled data holds row perm[k] (numpy\'s X[perm]), so the first batch is rows perm[0], perm[1], ….',
      zh: '你把第 k 行放到了位置 perm[k]；方向反了：打乱后的数据中位置 k 存放的是第 perm[k] 行（numpy 的 X[perm]），所以第一个批次是第 perm[0]、perm[1]、…… 行。',
    },
    edits: [{ find: 'const batch = perm.slice(start, start + batchSize);', replace: 'const batch = perm.map((_, k) => perm.indexOf(k)).slice(start, start + batchSize);' }],
  },
  {
    name: 'history-without-start',
    hint: {
      en: 'Your history starts after the first epoch. It has epochs + 1 entries: the cost at (w0, b0) first, then the cost after each epoch.',
      zh: '你的 history 从第一轮之后开始。它应有 epochs + 1 项：先是 (w0, b0) 处的代价，然后是每轮之后的代价。',
    },
    edits: [{ find: 'const history = [cost(X, y, w, b)];', replace: 'const history = [];' }],
  },
  {
    name: 'one-update-per-epoch',
    hint: {
      en: 'You make one update per epoch from the gradient of all the batches. Mini-batch SGD updates w and b after every batch, so the next batch already sees the new parameters.',
      zh: '你每轮只更新一次，用的是所有批次的梯度。小批量 SGD 在每个批次之后都更新 w 和 b，下一个批次看到的已经是新参数。',
    },
    edits: [
      {
        find: `    for (let start = 0; start < m; start += batchSize) {
      const batch = perm.slice(start, start + batchSize);
      const dw = new Array(w.length).fill(0);
      let db = 0;
      for (const i of batch) {`,
        replace: `    const dw = new Array(w.length).fill(0);
    let db = 0;
    for (let start = 0; start < m; start += batchSize) {
      const batch = perm.slice(start, start + batchSize);
      for (const i of batch) {`,
      },
      {
        find: `      const step = alpha / batch.length;
      w = w.map((wj, j) => wj - step * dw[j]);
      b -= step * db;
    }`,
        replace: `    }
    const step = alpha / m;
    w = w.map((wj, j) => wj - step * dw[j]);
    b -= step * db;`,
      },
    ],
  },
]);
