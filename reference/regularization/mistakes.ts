import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'gradient-penalty-halved',
    hint: {
      en: 'Your gradient penalty is half what it should be: the derivative of λ/(2m)·w_j² is (λ/m)·w_j, since the 2 of the square cancels the 2 in 2m.',
      zh: '你的梯度惩罚项只有应有值的一半：λ/(2m)·w_j² 的导数是 (λ/m)·w_j，平方带来的 2 与 2m 中的 2 相互抵消。',
    },
    edits: [
      {
        find: 'dw: dw.map((g, j) => g / m + (lambda / m) * w[j]),',
        replace: 'dw: dw.map((g, j) => g / m + (lambda / (2 * m)) * w[j]),',
      },
    ],
  },
  {
    name: 'lambda-not-over-m',
    hint: {
      en: 'Your penalty is not divided by m: the cost adds λ/(2m) Σ_j w_j² and the gradient adds (λ/m)·w_j, so that λ keeps the same meaning whatever the size of the training set.',
      zh: '你的惩罚项没有除以 m：代价应加上 λ/(2m) Σ_j w_j²，梯度应加上 (λ/m)·w_j，这样无论训练集多大，λ 的含义都不变。',
    },
    edits: [
      { find: 'return cost + (lambda / (2 * m)) * squares;', replace: 'return cost + (lambda / 2) * squares;' },
      {
        find: 'dw: dw.map((g, j) => g / m + (lambda / m) * w[j]),',
        replace: 'dw: dw.map((g, j) => g / m + lambda * w[j]),',
      },
    ],
  },
  {
    name: 'lambda-over-m-in-cost',
    hint: {
      en: 'Your penalty in the cost is twice too large: it is λ/(2m) Σ_j w_j², with 2m, so that its derivative is the (λ/m)·w_j of the gradient.',
      zh: '你在代价中的惩罚项大了一倍：应为 λ/(2m) Σ_j w_j²（分母是 2m），这样它的导数正好是梯度里的 (λ/m)·w_j。',
    },
    edits: [
      { find: 'return cost + (lambda / (2 * m)) * squares;', replace: 'return cost + (lambda / m) * squares;' },
    ],
  },
  {
    name: 'regularizes-b',
    hint: {
      en: 'You also regularize the bias b. Only the weights are penalized: the cost adds λ/(2m) Σ_j w_j² (no b²), and db gets no λ term; only dw_j gets + (λ/m)·w_j.',
      zh: '你把偏置 b 也正则化了。只对权重施加惩罚：代价加上 λ/(2m) Σ_j w_j²（不含 b²），db 不加 λ 项；只有 dw_j 加上 (λ/m)·w_j。',
    },
    edits: [
      {
        find: 'return cost + (lambda / (2 * m)) * squares;',
        replace: 'return cost + (lambda / (2 * m)) * (squares + b * b);',
      },
      { find: 'db: db / m,', replace: 'db: db / m + (lambda / m) * b,' },
    ],
  },
]);
