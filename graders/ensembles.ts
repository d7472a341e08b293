import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/** An m×C matrix of probabilities (each row positive, summing to 1). */
function probabilities(rng: Rng, m: number, C: number): number[][] {
  return Array.from({ length: m }, () => {
    const e = Array.from({ length: C }, () => Math.exp(2 * rng.normal()));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / s);
  });
}

/** k×m labels drawn from `labels`, each model agreeing with a hidden "true" label with probability p. */
function votes(rng: Rng, k: number, m: number, labels: number[], p: number): number[][] {
  const truth = Array.from({ length: m }, () => rng.pick(labels));
  return Array.from({ length: k }, () => truth.map((t) => (rng.random() < p ? t : rng.pick(labels))));
}

export default defineGrader({
  checks: [
    // ---- averageProbabilities ----
    {
      id: 'average-worked-example',
      kind: 'example',
      name: { en: 'three models, two examples, three classes (the worked example)', zh: '三个模型、两个样本、三个类别（题中例子）' },
      call: 'averageProbabilities',
      args: [
        [
          [[0.7, 0.2, 0.1], [0.1, 0.6, 0.3]],
          [[0.5, 0.4, 0.1], [0.2, 0.2, 0.6]],
          [[0.6, 0.3, 0.1], [0.3, 0.4, 0.3]],
        ],
      ],
    },
    {
      id: 'average-single-model',
      kind: 'edge',
      name: { en: 'a single model: the average is its own matrix', zh: '单个模型：平均值就是它自己的矩阵' },
      call: 'averageProbabilities',
      args: [[[[0.25, 0.75], [0.9, 0.1], [0.5, 0.5]]]],
    },
    {
      id: 'average-one-example',
      kind: 'edge',
      name: { en: 'four models, a batch of one example', zh: '四个模型，只有一个样本的批次' },
      call: 'averageProbabilities',
      args: [[[[0.1, 0.9]], [[0.3, 0.7]], [[0.8, 0.2]], [[0.4, 0.6]]]],
    },
    {
      id: 'average-two-models',
      kind: 'edge',
      name: { en: 'two models that disagree completely (one-hot rows)', zh: '两个完全不一致的模型（one-hot 行）' },
      call: 'averageProbabilities',
      args: [[[[1, 0, 0], [0, 0, 1]], [[0, 1, 0], [0, 0, 1]]]],
    },
    {
      id: 'average-five-models',
      kind: 'hidden',
      name: { en: 'five models, twelve examples, four classes', zh: '五个模型、十二个样本、四个类别' },
      call: 'averageProbabilities',
      generate: (rng) => [Array.from({ length: 5 }, () => probabilities(rng, 12, 4))],
    },
    {
      id: 'average-random',
      kind: 'random',
      name: { en: 'random probability matrices', zh: '随机概率矩阵' },
      call: 'averageProbabilities',
      count: 6,
      generate: (rng) => {
        const k = rng.int(1, 6);
        const m = rng.int(1, 8);
        const C = rng.int(2, 5);
        return [Array.from({ length: k }, () => probabilities(rng, m, C))];
      },
    },

    // ---- majorityVote ----
    {
      id: 'vote-worked-example',
      kind: 'example',
      name: { en: 'three models, five examples (the worked example)', zh: '三个模型、五个样本（题中例子）' },
      call: 'majorityVote',
      args: [
        [
          [0, 1, 2, 1, 0],
          [0, 2, 2, 0, 1],
          [1, 1, 0, 0, 2],
        ],
      ],
    },
    {
      id: 'vote-two-models-tie',
      kind: 'example',
      name: { en: 'two models that disagree on some examples (ties go to the smallest label)', zh: '在部分样本上不一致的两个模型（平票时取最小的标签）' },
      call: 'majorityVote',
      args: [
        [
          [2, 0, 1, 3],
          [1, 0, 2, 0],
        ],
      ],
    },
    {
      id: 'vote-single-model',
      kind: 'edge',
      name: { en: 'a single model: its own labels', zh: '单个模型：就是它自己的标签' },
      call: 'majorityVote',
      args: [[[4, 0, 2, 2, 1]]],
    },
    {
      id: 'vote-two-way-tie-larger-first',
      kind: 'edge',
      name: { en: 'k = 2 ties where the larger label comes first', zh: 'k = 2 时的平票，较大的标签先出现' },
      call: 'majorityVote',
      args: [
        [
          [7, 3, 5],
          [3, 7, 2],
        ],
      ],
    },
    {
      id: 'vote-three-way-tie',
      kind: 'edge',
      name: { en: 'three-way ties among three models (smallest label neither first nor last)', zh: '三个模型三方平票（最小的标签既不在最前也不在最后）' },
      call: 'majorityVote',
      args: [
        [
          [5, 3, 7, 1],
          [3, 7, 5, 2],
          [7, 5, 3, 0],
        ],
      ],
    },
    {
      id: 'vote-two-two-tie',
      kind: 'edge',
      name: { en: 'four models split two against two', zh: '四个模型二比二' },
      call: 'majorityVote',
      args: [
        [
          [2, 1, 6],
          [1, 2, 6],
          [2, 1, 4],
          [1, 2, 4],
        ],
      ],
    },
    {
      id: 'vote-tie-smallest-last',
      kind: 'edge',
      name: { en: 'a tie whose smallest label is voted by the last models', zh: '最小标签由最后几个模型投出的平票' },
      call: 'majorityVote',
      args: [
        [
          [9, 4],
          [9, 4],
          [8, 3],
          [8, 3],
          [1, 6],
        ],
      ],
    },
    {
      id: 'vote-labels-3-and-7',
      kind: 'edge',
      name: { en: 'labels 3 and 7 (not starting at 0), five models', zh: '标签 3 和 7（不从 0 开始），五个模型' },
      call: 'majorityVote',
      args: [
        [
          [3, 7, 7, 3],
          [7, 7, 3, 3],
          [7, 3, 7, 3],
          [3, 7, 3, 7],
          [7, 3, 7, 7],
        ],
      ],
    },
    {
      id: 'vote-plurality',
      kind: 'edge',
      name: { en: 'the most common label without an absolute majority (2 votes of 5)', zh: '最常见的标签没有过半数（5 票中 2 票）' },
      call: 'majorityVote',
      args: [
        [
          [4, 0],
          [1, 2],
          [2, 2],
          [2, 3],
          [3, 1],
        ],
      ],
    },
    {
      id: 'vote-unanimous',
      kind: 'edge',
      name: { en: 'every model agrees', zh: '所有模型一致' },
      call: 'majorityVote',
      args: [
        [
          [1, 0, 2],
          [1, 0, 2],
          [1, 0, 2],
        ],
      ],
    },
    {
      id: 'vote-one-example',
      kind: 'edge',
      name: { en: 'a batch of one example, six models', zh: '只有一个样本的批次，六个模型' },
      call: 'majorityVote',
      args: [[[5], [2], [5], [2], [9], [9]]],
    },
    {
      id: 'vote-square',
      kind: 'hidden',
      name: { en: 'as many models as examples (k = m = 4)', zh: '模型数等于样本数（k = m = 4）' },
      call: 'majorityVote',
      args: [
        [
          [0, 1, 1, 2],
          [0, 0, 2, 2],
          [1, 1, 2, 0],
          [1, 0, 2, 2],
        ],
      ],
    },
    {
      id: 'vote-seven-models',
      kind: 'hidden',
      name: { en: 'seven models, twenty examples, four classes', zh: '七个模型、二十个样本、四个类别' },
      call: 'majorityVote',
      generate: (rng) => [votes(rng, 7, 20, [0, 1, 2, 3], 0.6)],
    },
    {
      id: 'vote-random',
      kind: 'random',
      name: { en: 'random votes', zh: '随机投票' },
      call: 'majorityVote',
      count: 8,
      generate: (rng) => {
        const base = rng.int(0, 5);
        const C = rng.int(2, 5);
        const labels = Array.from({ length: C }, (_, c) => base + 2 * c);
        return [votes(rng, rng.int(1, 7), rng.int(1, 12), labels, rng.pick([0.3, 0.6, 0.9]))];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'constant 28:78 0 → 1': 'every count grows by the same 1: the most frequent label and the ties stay the same',
    'constant 28:83 1 → 2': 'every count doubles: the most frequent label and the ties stay the same',
    'boundary 32:62 < → <=': 'each label is counted once in the map, so label === best never happens in a tie',
  },
});
