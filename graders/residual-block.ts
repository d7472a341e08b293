import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: n = 2 inputs, h = 3 hidden units (W1 is 3×2, W2 is 2×3).
const X1 = [1, -2];
const W1_1 = [
  [1, 1],
  [2, 0],
  [0, -1],
];
const B1_1 = [0, -1, 0];
const W2_1 = [
  [1, 0, -1],
  [0, 1, 1],
];
const B2_1 = [0, 1];

/** Random arguments of a block with n inputs and h hidden units: x, W1 (h×n), b1, W2 (n×h), b2. */
function block(rng: Rng, n: number, h: number, scale = 1.5): unknown[] {
  return [rng.vector(n, -2, 2), rng.matrix(h, n, -scale, scale), rng.vector(h, -1, 1), rng.matrix(n, h, -scale, scale), rng.vector(n, -1, 1)];
}

/** The same with small integers: every pre-activation is an exact integer, so zeros at a ReLU input are exact. */
function intBlock(rng: Rng, n: number, h: number): unknown[] {
  const ints = (k: number, lo: number, hi: number) => Array.from({ length: k }, () => rng.int(lo, hi));
  return [ints(n, -2, 2), Array.from({ length: h }, () => ints(n, -1, 1)), ints(h, -1, 1), Array.from({ length: n }, () => ints(h, -1, 1)), ints(n, -1, 1)];
}

export default defineGrader({
  checks: [
    // ---- visible examples ----
    {
      id: 'worked-example',
      kind: 'example',
      name: '2 inputs, 3 hidden units (the worked example)',
      call: 'residualBlock',
      args: [X1, W1_1, B1_1, W2_1, B2_1],
    },
    {
      id: 'square-block',
      kind: 'example',
      name: '2 inputs, 2 hidden units, a negative first-layer pre-activation',
      call: 'residualBlock',
      args: [[2, 1], [[1, -1], [0, -1]], [0, 0], [[-1, 2], [0.5, 1]], [0, -1]],
    },

    // ---- edge cases named by the catalog ----
    {
      id: 'single-unit',
      kind: 'edge',
      name: 'a single unit: x, W1, W2 are 1-element (1×1) arrays',
      call: 'residualBlock',
      args: [[3], [[0.5]], [-1], [[-2]], [1]],
    },
    {
      id: 'single-unit-negative',
      kind: 'edge',
      name: 'a single unit with a negative input: the skip connection pulls the output to 0',
      call: 'residualBlock',
      args: [[-1.5], [[-2]], [0.5], [[0.25]], [0.5]],
    },
    {
      id: 'single-unit-dead',
      kind: 'edge',
      name: 'a single unit whose hidden ReLU is off: out = relu(b2 + x)',
      call: 'residualBlock',
      args: [[2], [[-1]], [1], [[5]], [-0.5]],
    },
    {
      id: 'wide-hidden',
      kind: 'edge',
      name: 'more hidden units than inputs (W1 is 5×2, W2 is 2×5)',
      call: 'residualBlock',
      generate: (rng) => block(rng, 2, 5),
    },
    {
      id: 'bottleneck',
      kind: 'edge',
      name: 'a bottleneck: 4 inputs, 1 hidden unit (W1 is 1×4, W2 is 4×1)',
      call: 'residualBlock',
      args: [[1, -2, 0.5, 3], [[0.5, -0.25, 1, 0.5]], [0.5], [[1], [-2], [0.5], [-1]], [0, 1, -0.5, -1]],
    },
    {
      id: 'bottleneck-random',
      kind: 'edge',
      name: '3 inputs, 2 hidden units (W1 is 2×3)',
      call: 'residualBlock',
      generate: (rng) => block(rng, 3, 2),
    },
    {
      id: 'exact-zeros',
      kind: 'edge',
      name: 'pre-activations exactly 0 at both ReLUs',
      call: 'residualBlock',
      args: [[1, 2], [[1, -1], [2, -1], [0, 1]], [1, 0, -1], [[3, -2, 1], [1, 1, -4]], [-2, 0]],
    },
    {
      id: 'exact-zeros-mixed',
      kind: 'edge',
      name: 'some first-layer pre-activations exactly 0, the others negative or positive',
      call: 'residualBlock',
      args: [[2, -1, 1], [[1, 2, 0], [-1, 0, 2], [1, 1, -1], [0, 1, 1]], [0, 0, -1, 1], [[1, -1, 2, 1], [0, 1, 1, -1], [2, 0, -1, 1]], [-1, 0.5, 0]],
    },
    {
      id: 'zero-weights-identity',
      kind: 'edge',
      name: 'W2 = 0 and b2 = 0 with x ≥ 0: the block is the identity (the skip connection alone)',
      call: 'residualBlock',
      generate: (rng) => {
        const [, W1, b1] = block(rng, 3, 4);
        return [[0.5, 0, 2], W1, b1, [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], [0, 0, 0]];
      },
    },
    {
      id: 'zero-weights-negative-input',
      kind: 'edge',
      name: 'W2 = 0, b2 = 0 with a mixed-sign x: out = relu(x)',
      call: 'residualBlock',
      args: [[-1, 2, -0.5], [[1, 1, 1], [1, -1, 0]], [0, 0], [[0, 0], [0, 0], [0, 0]], [0, 0, 0]],
    },
    {
      id: 'all-hidden-dead',
      kind: 'edge',
      name: 'every hidden unit off (large negative b1): out = relu(b2 + x)',
      call: 'residualBlock',
      generate: (rng) => {
        const [x, W1, , W2, b2] = block(rng, 3, 3);
        return [x, W1, [-20, -20, -20], W2, b2];
      },
    },
    {
      id: 'all-hidden-negative-preactivation',
      kind: 'edge',
      name: 'every first-layer pre-activation negative, but not by much',
      call: 'residualBlock',
      args: [[1, 1], [[-1, 0.5], [0.25, -1], [-0.5, -0.5]], [0, 0.25, 0.5], [[2, -1, 1], [-1, 2, 3]], [0.5, 0.5]],
    },
    {
      id: 'zero-input',
      kind: 'edge',
      name: 'x = 0: out = relu(W2·relu(b1) + b2)',
      call: 'residualBlock',
      generate: (rng) => {
        const [, W1, b1, W2, b2] = block(rng, 3, 2);
        return [[0, 0, 0], W1, b1, W2, b2];
      },
    },

    // ---- hidden ----
    {
      id: 'integer-block',
      kind: 'hidden',
      name: 'a 4-input, 6-hidden block with small integer weights (many exact zeros)',
      call: 'residualBlock',
      generate: (rng) => intBlock(rng, 4, 6),
    },
    {
      id: 'larger-block',
      kind: 'hidden',
      name: '8 inputs, 12 hidden units',
      call: 'residualBlock',
      generate: (rng) => block(rng, 8, 12, 1),
    },
    {
      id: 'large-values',
      kind: 'hidden',
      name: 'inputs in the hundreds',
      call: 'residualBlock',
      generate: (rng) => {
        const args = block(rng, 3, 4);
        args[0] = rng.vector(3, -300, 300);
        return args;
      },
    },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: 'random blocks (input width and hidden width between 1 and 6)',
      call: 'residualBlock',
      count: 8,
      generate: (rng) => block(rng, rng.int(1, 6), rng.int(1, 6)),
    },
    {
      id: 'random-integer',
      kind: 'random',
      name: 'random blocks with small integer weights',
      call: 'residualBlock',
      count: 4,
      generate: (rng) => intBlock(rng, rng.int(1, 5), rng.int(1, 5)),
    },
    {
      id: 'never-negative',
      kind: 'property',
      name: 'the output ends with a ReLU: no entry is negative',
      call: 'residualBlock',
      generate: (rng) => block(rng, 5, 4, 2),
      property: ({ got }) => {
        const out = got as number[];
        const i = out.findIndex((v) => v < 0);
        return i >= 0 ? `out[${i}] = ${out[i]} is negative: the last step is relu(W2·a1 + b2 + x)` : null;
      },
    },
  ],
});
