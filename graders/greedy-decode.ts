import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

interface Params {
  Waa: number[][];
  Wax: number[][];
  Wya: number[][];
  ba: number[];
  by: number[];
}

/** Random parameters for a vocabulary of n words and na hidden units (the input weights large enough that the fed-back word matters). */
function params(rng: Rng, n: number, na: number): Params {
  return {
    Waa: rng.matrix(na, na, -1, 1),
    Wax: rng.matrix(na, n, -2.5, 2.5),
    Wya: rng.matrix(n, na, -3, 3),
    ba: rng.vector(na, -0.5, 0.5),
    by: rng.vector(n, -0.5, 0.5),
  };
}

/**
 * Rows i and j of Wya identical and by[i] = by[j] = 3 with small weights elsewhere: ŷ[i] and ŷ[j]
 * are exactly equal and the largest at every step, an exact tie.
 */
function tied(rng: Rng, n: number, na: number, i: number, j: number): Params {
  const p = params(rng, n, na);
  p.Wya = rng.matrix(n, na, -0.3, 0.3);
  p.Wya[j] = p.Wya[i].slice();
  p.by = Array.from({ length: n }, (_, k) => (k === i || k === j ? 3 : rng.uniform(-0.5, 0.5)));
  return p;
}

// The worked example: with Waa = 0 each word decides the next one, 0 → 1 → 2 → 0.
const CYCLE: Params = {
  Waa: [[0, 0], [0, 0]],
  Wax: [[0, -1, 1], [1, -1, 0]],
  ba: [0, 0],
  Wya: [[1, 0], [0, 1], [-1, -1]],
  by: [0, 0, 0],
};
const MEMORY: Params = { ...CYCLE, Waa: [[0.5, 1], [-1, 0.5]] };

export default defineGrader({
  checks: [
    { id: 'cycle', kind: 'example', name: { en: 'three words, four steps from word 0 (the worked example)', zh: '三个词，从词 0 开始四步（题中例子）' }, call: 'greedyDecode', args: [CYCLE, [0, 0], 0, 4] },
    { id: 'with-memory', kind: 'example', name: { en: 'the same words with Waa ≠ 0 and a0 = [1, −1], from word 2', zh: '同样的词，Waa ≠ 0、a0 = [1, −1]，从词 2 开始' }, call: 'greedyDecode', args: [MEMORY, [1, -1], 2, 6] },

    { id: 'zero-steps', kind: 'edge', name: { en: 'steps = 0: nothing generated', zh: 'steps = 0：什么都不生成' }, call: 'greedyDecode', args: [CYCLE, [0, 0], 1, 0] },
    { id: 'one-step', kind: 'edge', name: { en: 'steps = 1: a single index', zh: 'steps = 1：单个索引' }, call: 'greedyDecode', args: [MEMORY, [0.5, 0.5], 1, 1] },
    {
      id: 'uniform-ties',
      kind: 'edge',
      name: { en: 'Wya and by all zero: ŷ uniform, every step a tie', zh: 'Wya 和 by 全为零：ŷ 均匀，每一步都并列' },
      call: 'greedyDecode',
      args: [{ Waa: [[0.3, 0], [0.1, -0.2]], Wax: [[1, 2, 3, 4], [-1, 0, 1, 2]], ba: [0.1, 0.2], Wya: [[0, 0], [0, 0], [0, 0], [0, 0]], by: [0, 0, 0, 0] }, [0, 0], 3, 4],
    },
    {
      id: 'tie-first-and-last',
      kind: 'edge',
      name: { en: 'identical rows 0 and 3 of Wya: an exact tie between words 0 and 3', zh: 'Wya 的第 0 行与第 3 行相同：词 0 与词 3 恰好并列' },
      call: 'greedyDecode',
      generate: (rng) => [tied(rng, 4, 3, 0, 3), [0, 0, 0], 1, 5],
    },
    {
      id: 'tie-middle',
      kind: 'edge',
      name: { en: 'identical rows 1 and 2 of Wya: an exact tie between words 1 and 2', zh: 'Wya 的第 1 行与第 2 行相同：词 1 与词 2 恰好并列' },
      call: 'greedyDecode',
      generate: (rng) => [tied(rng, 5, 2, 1, 2), rng.vector(2), 4, 4],
    },
    {
      id: 'start-last-word',
      kind: 'edge',
      name: { en: 'the start token is the last word of the vocabulary', zh: '起始词是词表中的最后一个词' },
      call: 'greedyDecode',
      generate: (rng) => [params(rng, 5, 3), [0, 0, 0], 4, 6],
    },
    {
      id: 'large-logits',
      kind: 'edge',
      name: { en: 'output biases near 1000 (a softmax must not overflow)', zh: '输出偏置接近 1000（softmax 不能溢出）' },
      call: 'greedyDecode',
      generate: (rng) => {
        const p = params(rng, 3, 2);
        p.by = [0, 1000, 999.5];
        return [p, [0, 0], 0, 6];
      },
    },
    {
      id: 'very-negative-logits',
      kind: 'edge',
      name: { en: 'output biases near −1000 (every e^z underflows to 0 without the shift)', zh: '输出偏置接近 −1000（不做平移时每个 e^z 都下溢为 0）' },
      call: 'greedyDecode',
      generate: (rng) => {
        const p = params(rng, 4, 3);
        p.by = [-1000, -999, -1000.5, -999.8];
        return [p, rng.vector(3, -0.5, 0.5), 2, 5];
      },
    },
    {
      id: 'two-words-one-unit',
      kind: 'edge',
      name: { en: 'a vocabulary of two words and a single hidden unit', zh: '两个词的词表与单个隐藏单元' },
      call: 'greedyDecode',
      args: [{ Waa: [[0.9]], Wax: [[-1.5, 1.5]], Wya: [[2], [-2]], ba: [-0.2], by: [0, 0.5] }, [0.3], 1, 6],
    },
    {
      id: 'long-decode',
      kind: 'hidden',
      name: { en: 'twelve steps, vocabulary of 6, 4 hidden units', zh: '十二步，词表大小 6，4 个隐藏单元' },
      call: 'greedyDecode',
      generate: (rng) => [params(rng, 6, 4), rng.vector(4, -0.5, 0.5), rng.int(0, 5), 12],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random parameters, start token and length', zh: '随机的参数、起始词与长度' },
      call: 'greedyDecode',
      count: 8,
      generate: (rng) => {
        const n = rng.int(3, 6);
        const na = rng.int(2, 5);
        return [params(rng, n, na), rng.vector(na, -0.5, 0.5), rng.int(0, n - 1), rng.int(2, 8)];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'constant 10:41 0 → 1': 'yHat is only used through its argmax, and dividing by a larger positive sum keeps it',
    'arithmetic 11:25 / → *': 'yHat is only used through its argmax, and multiplying by a positive sum keeps it',
    'constant 26:16 1 → 0': 'comparing v[0] with itself changes nothing',
    'boundary 26:21 < → <=': 'v[v.length] is undefined, and undefined > v[best] is false',
  },
});
