import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'scalar-only',
    hint: {
      en: 'Your sigmoid only works on a single number: given an array, Math.exp(-z) is NaN. Check Array.isArray(z) and apply the sigmoid to every element, keeping the shape (a vector gives a vector, a matrix a matrix).',
      zh: '你的 sigmoid 只能处理单个数：传入数组时 Math.exp(-z) 是 NaN。用 Array.isArray(z) 判断，对每个元素分别求 sigmoid，并保持形状（向量返回向量，矩阵返回矩阵）。',
    },
    edits: [
      {
        find: `if (Array.isArray(z)) return z.map((v) => sigmoid(v));
  return sigmoidOf(z);`,
        replace: 'return 1 / (1 + Math.exp(-z));',
      },
    ],
  },
  {
    name: 'sign-flipped',
    hint: {
      en: 'Your exponent has the wrong sign: 1 / (1 + e^z) decreases with z. The sigmoid is σ(z) = 1 / (1 + e^−z), which tends to 1 for large positive z.',
      zh: '你的指数符号反了：1 / (1 + e^z) 随 z 增大而减小。sigmoid 是 σ(z) = 1 / (1 + e^−z)，z 很大时趋于 1。',
    },
    edits: [
      { find: 'return sigmoidOf(z);', replace: 'return 1 / (1 + Math.exp(z));' },
    ],
  },
]);
