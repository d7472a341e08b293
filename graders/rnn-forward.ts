import { defineGrader } from '../src/lib/engine/grader';
import { softmaxShift } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

const SHIFT = softmaxShift({ en: 'logit', zh: 'logit' });

interface Params {
  Waa: number[][];
  Wax: number[][];
  Wya: number[][];
  ba: number[];
  by: number[];
}

/** Random parameters with n_x, n_a, n_y inputs, units and outputs (all different in most checks, so a transposed matrix shows). */
function params(rng: Rng, nx: number, na: number, ny: number, scale = 1): Params {
  return {
    Waa: rng.matrix(na, na, -scale, scale),
    Wax: rng.matrix(na, nx, -scale, scale),
    Wya: rng.matrix(ny, na, -2 * scale, 2 * scale),
    ba: rng.vector(na, -0.5, 0.5),
    by: rng.vector(ny, -0.5, 0.5),
  };
}

/** T one-hot rows of width n. */
function oneHots(rng: Rng, T: number, n: number): number[][] {
  return Array.from({ length: T }, () => {
    const row = new Array(n).fill(0);
    row[rng.int(0, n - 1)] = 1;
    return row;
  });
}

const WORKED: Params = {
  Waa: [[0.5, 0], [0, -0.5]],
  Wax: [[1, 0, 0], [0, 1, -1]],
  ba: [0, 0.5],
  Wya: [[1, 0], [0, 1], [-1, -1]],
  by: [0, 0, 0],
};

/** Output bias of ±1000 on top of moderate weights: the logits are huge, softmax must shift. */
function saturated(rng: Rng, nx: number, na: number): Params {
  const p = params(rng, nx, na, 3);
  p.by = [1000, -1000, 999];
  return p;
}

export default defineGrader({
  checks: [
    // ---- rnnCellForward ----
    {
      id: 'cell-worked-example',
      kind: 'example',
      name: { en: 'one step, n_x = 3, n_a = 2, n_y = 3 (the worked example)', zh: '一步，n_x = 3，n_a = 2，n_y = 3（题中例子）' },
      call: 'rnnCellForward',
      args: [[1, 0, 0], [1, 1], WORKED],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'cell-zero-weights',
      kind: 'edge',
      name: { en: 'all weight matrices zero: a = tanh(ba), ŷ = softmax(by)', zh: '所有权重矩阵为零：a = tanh(ba)，ŷ = softmax(by)' },
      call: 'rnnCellForward',
      args: [
        [0.3, -2],
        [0.5, -0.5, 1],
        { Waa: [[0, 0, 0], [0, 0, 0], [0, 0, 0]], Wax: [[0, 0], [0, 0], [0, 0]], Wya: [[0, 0, 0], [0, 0, 0]], ba: [0.2, -1, 3], by: [1, -1] },
      ],
    },
    {
      id: 'cell-saturated-logits',
      kind: 'edge',
      name: { en: 'output logits near ±1000 (softmax must be stable)', zh: '输出 logits 接近 ±1000（softmax 必须数值稳定）' },
      call: 'rnnCellForward',
      generate: (rng) => [rng.vector(2, -1, 1), rng.vector(4, -1, 1), saturated(rng, 2, 4)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'cell-saturated-tanh',
      kind: 'edge',
      name: { en: 'pre-activations around ±20 (tanh saturates at ±1)', zh: '激活前的值在 ±20 左右（tanh 在 ±1 处饱和）' },
      call: 'rnnCellForward',
      args: [[1, 2], [1, -1], { Waa: [[10, 0], [0, 10]], Wax: [[5, 0], [0, -5]], Wya: [[0.1, 0.2], [-0.3, 0.1]], ba: [0, 0], by: [0, 0] }],
    },
    {
      id: 'cell-one-unit-one-output',
      kind: 'edge',
      name: { en: 'one hidden unit and one output class (ŷ = [1])', zh: '一个隐藏单元、一个输出类别（ŷ = [1]）' },
      call: 'rnnCellForward',
      args: [[0.5, -1, 2], [0.25], { Waa: [[0.8]], Wax: [[0.1, 0.2, -0.3]], Wya: [[2]], ba: [0.1], by: [-0.4] }],
    },
    {
      id: 'cell-zero-previous',
      kind: 'edge',
      name: { en: 'aPrev all zeros (the first step)', zh: 'aPrev 全为零（第一步）' },
      call: 'rnnCellForward',
      generate: (rng) => [rng.vector(3), [0, 0, 0, 0], params(rng, 3, 4, 2)],
    },
    {
      id: 'cell-shapes',
      kind: 'hidden',
      name: { en: 'n_x = 5, n_a = 3, n_y = 4 (non-square weight matrices)', zh: 'n_x = 5，n_a = 3，n_y = 4（非方阵权重矩阵）' },
      call: 'rnnCellForward',
      generate: (rng) => [rng.vector(5), rng.vector(3), params(rng, 5, 3, 4)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'cell-random',
      kind: 'random',
      name: { en: 'one step with random parameters', zh: '随机参数的一步' },
      call: 'rnnCellForward',
      count: 5,
      generate: (rng) => {
        const nx = rng.int(1, 5);
        const na = rng.int(1, 5);
        const ny = rng.int(2, 5);
        return [rng.vector(nx, -2, 2), rng.vector(na), params(rng, nx, na, ny)];
      },
      nonFiniteHint: SHIFT,
    },

    // ---- rnnForward ----
    {
      id: 'forward-worked-example',
      kind: 'example',
      name: { en: 'two steps from a0 = 0 with the worked example’s parameters', zh: '用题中例子的参数从 a0 = 0 走两步' },
      call: 'rnnForward',
      args: [[[1, 0, 0], [0, 1, 0]], [0, 0], WORKED],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'forward-nonzero-a0',
      kind: 'example',
      name: { en: 'three steps from a non-zero a0', zh: '从非零的 a0 走三步' },
      call: 'rnnForward',
      args: [[[0, 0, 1], [1, 0, 0], [0, 1, 0]], [0.5, -1], WORKED],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'forward-one-step',
      kind: 'edge',
      name: { en: 'a sequence of one step (T = 1)', zh: '只有一个时间步的序列（T = 1）' },
      call: 'rnnForward',
      generate: (rng) => [[rng.vector(3)], rng.vector(2), params(rng, 3, 2, 4)],
    },
    {
      id: 'forward-empty',
      kind: 'edge',
      name: { en: 'an empty sequence (T = 0): no rows', zh: '空序列（T = 0）：没有行' },
      call: 'rnnForward',
      args: [[], [0.1, 0.2], WORKED],
    },
    {
      id: 'forward-saturated-logits',
      kind: 'edge',
      name: { en: 'a sequence whose output logits are near ±1000', zh: '输出 logits 接近 ±1000 的序列' },
      call: 'rnnForward',
      generate: (rng) => [rng.matrix(4, 3), rng.vector(2), saturated(rng, 3, 2)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'forward-constant-input',
      kind: 'edge',
      name: { en: 'the same input at every step (only the carried state changes the outputs)', zh: '每个时间步输入相同（只有传递的状态改变输出）' },
      call: 'rnnForward',
      generate: (rng) => {
        const x = rng.vector(2, -1, 1);
        return [[x, x, x, x, x], [0, 0, 0], params(rng, 2, 3, 3, 1.5)];
      },
    },
    {
      id: 'forward-one-hot-sentence',
      kind: 'hidden',
      name: { en: 'eight one-hot words, vocabulary of 6, 5 hidden units', zh: '八个 one-hot 词，词表大小 6，5 个隐藏单元' },
      call: 'rnnForward',
      generate: (rng) => [oneHots(rng, 8, 6), rng.vector(5, -0.5, 0.5), params(rng, 6, 5, 6)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'forward-random',
      kind: 'random',
      name: { en: 'random sequences and parameters', zh: '随机的序列与参数' },
      call: 'rnnForward',
      count: 6,
      generate: (rng) => {
        const nx = rng.int(1, 4);
        const na = rng.int(1, 4);
        const ny = rng.int(2, 4);
        return [rng.matrix(rng.int(2, 6), nx, -2, 2), rng.vector(na), params(rng, nx, na, ny)];
      },
      nonFiniteHint: SHIFT,
    },
  ],
});
