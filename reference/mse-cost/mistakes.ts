import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'absolute-error',
    hint: {
      en: 'Your cost adds up |f − y| (absolute errors). The squared-error cost squares each error: J = 1/(2m) Σ (f − y)².',
      zh: '你的代价累加的是 |f − y|（绝对误差）。平方误差代价要把每个误差平方：J = 1/(2m) Σ (f − y)²。',
    },
    edits: [
      {
        find: `const err = f - y[i];
    sum += err * err;`,
        replace: 'sum += Math.abs(f - y[i]);',
      },
    ],
  },
  {
    name: 'one-over-m',
    hint: {
      en: 'Your cost divides by m instead of 2m: J = 1/(2m) Σ (f − y)². The ½ is part of the definition (it cancels the 2 of the derivative).',
      zh: '你的代价除以了 m 而不是 2m：J = 1/(2m) Σ (f − y)²。这个 ½ 是定义的一部分（求导时正好消去平方带来的 2）。',
    },
    edits: [
      { find: 'return sum / (2 * m);', replace: 'return sum / m;' },
    ],
  },
  {
    name: 'sum-not-mean',
    hint: {
      en: 'Your cost is ½ Σ (f − y)²: it is not divided by the number of examples m. Average over the examples: J = 1/(2m) Σ (f − y)².',
      zh: '你的代价是 ½ Σ (f − y)²，没有除以样本数 m。要对样本取平均：J = 1/(2m) Σ (f − y)²。',
    },
    edits: [
      { find: 'return sum / (2 * m);', replace: 'return sum / 2;' },
    ],
  },
]);
