import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'averaged-not-summed',
    hint: {
      en: 'You divide the loss by T (a mean over time steps). The sequence loss of the notes is the sum over time: L = Σ_t −log ŷ_t[label_t], with no 1/T.',
      zh: '你把损失除以了 T（对时间步取平均）。笔记中序列的损失是对时间求和：L = Σ_t −log ŷ_t[label_t]，没有 1/T。',
    },
    edits: [
      {
        find: 'for (let t = 0; t < yHats.length; t++) {',
        replace: 'for (let t = 0; t < yHats.length; t++) loss -= Math.log(yHats[t][labels[t]]);',
      },
      {
        find: `loss -= Math.log(yHats[t][labels[t]]);
  }`,
        replace: `return loss / yHats.length;
  }`,
      },
      {
        find: `}
  return loss;
}`,
        replace: '}',
      },
    ],
  },
  {
    name: 'natural-vs-log2',
    hint: {
      en: 'You use log base 2. The cross-entropy loss uses the natural logarithm: −Math.log(p), not −Math.log2(p) (your losses are 1/ln 2 ≈ 1.44 times too large).',
      zh: '你用了以 2 为底的对数。交叉熵损失用自然对数：−Math.log(p)，而不是 −Math.log2(p)（你的损失大了 1/ln 2 ≈ 1.44 倍）。',
    },
    edits: [
      {
        find: `for (let t = 0; t < yHats.length; t++) {
    loss -= Math.log(yHats[t][labels[t]]);
  }`,
        replace: 'for (let t = 0; t < yHats.length; t++) loss -= Math.log2(yHats[t][labels[t]]);',
      },
    ],
  },
  {
    name: 'wrong-index',
    hint: {
      en: 'You index the predictions as yHats[label][t]. yHats has one row per time step: the probability of the true class at step t is yHats[t][labels[t]].',
      zh: '你把预测写成了 yHats[label][t]。yHats 每个时间步一行：第 t 步真实类别的概率是 yHats[t][labels[t]]。',
    },
    edits: [
      {
        find: `for (let t = 0; t < yHats.length; t++) {
    loss -= Math.log(yHats[t][labels[t]]);
  }`,
        replace: 'for (let t = 0; t < yHats.length; t++) loss -= Math.log(yHats[labels[t]][t]);',
      },
    ],
  },
]);
