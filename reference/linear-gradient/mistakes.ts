import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'no-one-over-m',
    hint: {
      en: 'Your gradient is the sum over the examples, not the average: divide both dw and db by m (dw_j = 1/m Σ (f − y)·x_j, db = 1/m Σ (f − y)).',
      zh: '你的梯度是对样本求和，而不是求平均：dw 和 db 都要除以 m（dw_j = 1/m Σ (f − y)·x_j，db = 1/m Σ (f − y)）。',
    },
    edits: [
      { find: 'return { dw: dw.map((d) => d / m), db: db / m };', replace: 'return { dw, db };' },
    ],
  },
  {
    name: 'one-over-2m',
    hint: {
      en: 'Your gradient divides by 2m, like the cost. The ½ of the cost cancels with the 2 of the square when you differentiate: dw_j = 1/m Σ (f − y)·x_j, db = 1/m Σ (f − y).',
      zh: '你的梯度像代价一样除以了 2m。求导时代价中的 ½ 与平方带来的 2 相互抵消：dw_j = 1/m Σ (f − y)·x_j，db = 1/m Σ (f − y)。',
    },
    edits: [
      {
        find: 'return { dw: dw.map((d) => d / m), db: db / m };',
        replace: 'return { dw: dw.map((d) => d / (2 * m)), db: db / (2 * m) };',
      },
    ],
  },
  {
    name: 'overwrite-not-accumulate',
    hint: {
      en: 'Your gradient keeps only the last example: inside the loop over examples you assign (dw[j] = …, db = …) instead of adding (+=). Accumulate over all m examples, then divide by m.',
      zh: '你的梯度只保留了最后一个样本：在遍历样本的循环里你用了赋值（dw[j] = …，db = …）而不是累加（+=）。要对全部 m 个样本累加，再除以 m。',
    },
    edits: [
      {
        find: 'for (let j = 0; j < n; j++) dw[j] += err * X[i][j];',
        replace: 'for (let j = 0; j < n; j++) dw[j] = (err * X[i][j]) / m;',
      },
      { find: 'db += err;', replace: 'db = err / m;' },
      { find: 'return { dw: dw.map((d) => d / m), db: db / m };', replace: 'return { dw, db };' },
    ],
  },
  {
    name: 'sign-flipped',
    hint: {
      en: 'Your gradient has the wrong sign: you use the error y − f. The derivative of (f − y)² with respect to w_j is 2(f − y)·x_j, so use f − y (prediction minus target).',
      zh: '你的梯度符号反了：你用的误差是 y − f。(f − y)² 对 w_j 的导数是 2(f − y)·x_j，所以要用 f − y（预测值减目标值）。',
    },
    edits: [
      { find: 'const err = f - y[i];', replace: 'const err = y[i] - f;' },
    ],
  },
]);
