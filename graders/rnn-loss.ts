import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/** A row of n probabilities: the softmax of random logits. */
function probabilities(rng: Rng, n: number, spread = 2): number[] {
  const z = Array.from({ length: n }, () => rng.normal(0, spread));
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** T steps of predictions over n classes and T labels. */
function sequence(rng: Rng, T: number, n: number): [number[][], number[]] {
  return [Array.from({ length: T }, () => probabilities(rng, n)), Array.from({ length: T }, () => rng.int(0, n - 1))];
}

export default defineGrader({
  checks: [
    {
      id: 'three-steps',
      kind: 'example',
      name: { en: 'three steps, three classes (the worked example)', zh: '三个时间步，三个类别（题中例子）' },
      call: 'sequenceLoss',
      args: [[[0.5, 0.25, 0.25], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6]], [0, 1, 0]],
    },
    {
      id: 'four-steps-two-classes',
      kind: 'example',
      name: { en: 'four steps, two classes', zh: '四个时间步，两个类别' },
      call: 'sequenceLoss',
      args: [[[0.9, 0.1], [0.3, 0.7], [0.5, 0.5], [0.6, 0.4]], [0, 1, 1, 1]],
    },

    { id: 'certain-and-right', kind: 'edge', name: { en: 'every true class predicted with probability exactly 1: loss 0', zh: '每个真实类别的预测概率都恰好为 1：损失为 0' }, call: 'sequenceLoss', args: [[[0, 1, 0], [1, 0, 0], [0, 0, 1]], [1, 0, 2]] },
    { id: 'one-step', kind: 'edge', name: { en: 'a sequence of one step (T = 1)', zh: '只有一个时间步的序列（T = 1）' }, call: 'sequenceLoss', args: [[[0.2, 0.5, 0.3]], [2]] },
    { id: 'one-step-certain', kind: 'edge', name: { en: 'one step predicted with probability 1', zh: '一个时间步的预测概率为 1' }, call: 'sequenceLoss', args: [[[0, 0, 1, 0]], [2]] },
    { id: 'mixed-certain', kind: 'edge', name: { en: 'some steps certain (probability 1), others not', zh: '有些时间步确定（概率为 1），有些不确定' }, call: 'sequenceLoss', args: [[[1, 0], [0.25, 0.75], [0, 1], [0.5, 0.5]], [0, 0, 1, 1]] },
    { id: 'empty-sequence', kind: 'edge', name: { en: 'an empty sequence (T = 0): loss 0', zh: '空序列（T = 0）：损失为 0' }, call: 'sequenceLoss', args: [[], []] },
    { id: 'tiny-probability', kind: 'edge', name: { en: 'a true class with probability 1e-300 (a large but finite loss)', zh: '真实类别的概率为 1e-300（损失很大但有限）' }, call: 'sequenceLoss', args: [[[1e-300, 1 - 1e-300], [0.5, 0.5]], [0, 1]] },
    { id: 'uniform', kind: 'edge', name: { en: 'uniform predictions over 5 classes: T·ln 5', zh: '5 个类别上的均匀预测：T·ln 5' }, call: 'sequenceLoss', args: [[[0.2, 0.2, 0.2, 0.2, 0.2], [0.2, 0.2, 0.2, 0.2, 0.2], [0.2, 0.2, 0.2, 0.2, 0.2]], [4, 0, 2]] },
    {
      id: 'long-sequence',
      kind: 'hidden',
      name: { en: 'twenty steps over a vocabulary of ten words', zh: '十个词的词表上走二十步' },
      call: 'sequenceLoss',
      generate: (rng) => sequence(rng, 20, 10),
    },
    {
      id: 'few-steps-many-classes',
      kind: 'hidden',
      name: { en: 'three steps over twelve classes (labels beyond T)', zh: '十二个类别上的三个时间步（标签超出 T）' },
      call: 'sequenceLoss',
      args: [
        [
          [0.05, 0.05, 0.1, 0.1, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
          [0.2, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1],
          [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05],
        ],
        [7, 11, 0],
      ],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random predictions and labels', zh: '随机的预测与标签' },
      call: 'sequenceLoss',
      count: 8,
      generate: (rng) => sequence(rng, rng.int(2, 8), rng.int(2, 6)),
    },
  ],
});
