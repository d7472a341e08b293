import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const SHIFT = 'exp overflowed (e^1000 = Infinity, Infinity/Infinity = NaN): subtract the largest logit from every logit before exponentiating';

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
      name: 'one step, n_x = 3, n_a = 2, n_y = 3 (the worked example)',
      call: 'rnnCellForward',
      args: [[1, 0, 0], [1, 1], WORKED],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'cell-zero-weights',
      kind: 'edge',
      name: 'all weight matrices zero: a = tanh(ba), ŷ = softmax(by)',
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
      name: 'output logits near ±1000 (softmax must be stable)',
      call: 'rnnCellForward',
      generate: (rng) => [rng.vector(2, -1, 1), rng.vector(4, -1, 1), saturated(rng, 2, 4)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'cell-saturated-tanh',
      kind: 'edge',
      name: 'pre-activations around ±20 (tanh saturates at ±1)',
      call: 'rnnCellForward',
      args: [[1, 2], [1, -1], { Waa: [[10, 0], [0, 10]], Wax: [[5, 0], [0, -5]], Wya: [[0.1, 0.2], [-0.3, 0.1]], ba: [0, 0], by: [0, 0] }],
    },
    {
      id: 'cell-one-unit-one-output',
      kind: 'edge',
      name: 'one hidden unit and one output class (ŷ = [1])',
      call: 'rnnCellForward',
      args: [[0.5, -1, 2], [0.25], { Waa: [[0.8]], Wax: [[0.1, 0.2, -0.3]], Wya: [[2]], ba: [0.1], by: [-0.4] }],
    },
    {
      id: 'cell-zero-previous',
      kind: 'edge',
      name: 'aPrev all zeros (the first step)',
      call: 'rnnCellForward',
      generate: (rng) => [rng.vector(3), [0, 0, 0, 0], params(rng, 3, 4, 2)],
    },
    {
      id: 'cell-shapes',
      kind: 'hidden',
      name: 'n_x = 5, n_a = 3, n_y = 4 (non-square weight matrices)',
      call: 'rnnCellForward',
      generate: (rng) => [rng.vector(5), rng.vector(3), params(rng, 5, 3, 4)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'cell-random',
      kind: 'random',
      name: 'one step with random parameters',
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
      name: 'two steps from a0 = 0 with the worked example’s parameters',
      call: 'rnnForward',
      args: [[[1, 0, 0], [0, 1, 0]], [0, 0], WORKED],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'forward-nonzero-a0',
      kind: 'example',
      name: 'three steps from a non-zero a0',
      call: 'rnnForward',
      args: [[[0, 0, 1], [1, 0, 0], [0, 1, 0]], [0.5, -1], WORKED],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'forward-one-step',
      kind: 'edge',
      name: 'a sequence of one step (T = 1)',
      call: 'rnnForward',
      generate: (rng) => [[rng.vector(3)], rng.vector(2), params(rng, 3, 2, 4)],
    },
    {
      id: 'forward-empty',
      kind: 'edge',
      name: 'an empty sequence (T = 0): no rows',
      call: 'rnnForward',
      args: [[], [0.1, 0.2], WORKED],
    },
    {
      id: 'forward-saturated-logits',
      kind: 'edge',
      name: 'a sequence whose output logits are near ±1000',
      call: 'rnnForward',
      generate: (rng) => [rng.matrix(4, 3), rng.vector(2), saturated(rng, 3, 2)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'forward-constant-input',
      kind: 'edge',
      name: 'the same input at every step (only the carried state changes the outputs)',
      call: 'rnnForward',
      generate: (rng) => {
        const x = rng.vector(2, -1, 1);
        return [[x, x, x, x, x], [0, 0, 0], params(rng, 2, 3, 3, 1.5)];
      },
    },
    {
      id: 'forward-one-hot-sentence',
      kind: 'hidden',
      name: 'eight one-hot words, vocabulary of 6, 5 hidden units',
      call: 'rnnForward',
      generate: (rng) => [oneHots(rng, 8, 6), rng.vector(5, -0.5, 0.5), params(rng, 6, 5, 6)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'forward-random',
      kind: 'random',
      name: 'random sequences and parameters',
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
