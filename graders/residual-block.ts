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
      name: { en: '2 inputs, 3 hidden units (the worked example)', zh: '2 个输入、3 个隐藏单元（题中例子）' },
      call: 'residualBlock',
      args: [X1, W1_1, B1_1, W2_1, B2_1],
    },
    {
      id: 'square-block',
      kind: 'example',
      name: { en: '2 inputs, 2 hidden units, a negative first-layer pre-activation', zh: '2 个输入、2 个隐藏单元，第一层有负的激活前的值' },
      call: 'residualBlock',
      args: [[2, 1], [[1, -1], [0, -1]], [0, 0], [[-1, 2], [0.5, 1]], [0, -1]],
    },

    // ---- edge cases named by the catalog ----
    {
      id: 'single-unit',
      kind: 'edge',
      name: { en: 'a single unit: x, W1, W2 are 1-element (1×1) arrays', zh: '单个单元：x、W1、W2 都是只有 1 个元素（1×1）的数组' },
      call: 'residualBlock',
      args: [[3], [[0.5]], [-1], [[-2]], [1]],
    },
    {
      id: 'single-unit-negative',
      kind: 'edge',
      name: { en: 'a single unit with a negative input: the skip connection pulls the output to 0', zh: '输入为负的单个单元：跳跃连接把输出拉到 0' },
      call: 'residualBlock',
      args: [[-1.5], [[-2]], [0.5], [[0.25]], [0.5]],
    },
    {
      id: 'single-unit-dead',
      kind: 'edge',
      name: { en: 'a single unit whose hidden ReLU is off: out = relu(b2 + x)', zh: '隐藏层 ReLU 关闭的单个单元：out = relu(b2 + x)' },
      call: 'residualBlock',
      args: [[2], [[-1]], [1], [[5]], [-0.5]],
    },
    {
      id: 'wide-hidden',
      kind: 'edge',
      name: { en: 'more hidden units than inputs (W1 is 5×2, W2 is 2×5)', zh: '隐藏单元多于输入（W1 是 5×2，W2 是 2×5）' },
      call: 'residualBlock',
      generate: (rng) => block(rng, 2, 5),
    },
    {
      id: 'bottleneck',
      kind: 'edge',
      name: { en: 'a bottleneck: 4 inputs, 1 hidden unit (W1 is 1×4, W2 is 4×1)', zh: '瓶颈：4 个输入、1 个隐藏单元（W1 是 1×4，W2 是 4×1）' },
      call: 'residualBlock',
      args: [[1, -2, 0.5, 3], [[0.5, -0.25, 1, 0.5]], [0.5], [[1], [-2], [0.5], [-1]], [0, 1, -0.5, -1]],
    },
    {
      id: 'bottleneck-random',
      kind: 'edge',
      name: { en: '3 inputs, 2 hidden units (W1 is 2×3)', zh: '3 个输入、2 个隐藏单元（W1 是 2×3）' },
      call: 'residualBlock',
      generate: (rng) => block(rng, 3, 2),
    },
    {
      id: 'exact-zeros',
      kind: 'edge',
      name: { en: 'pre-activations exactly 0 at both ReLUs', zh: '两个 ReLU 处的激活前的值都恰好为 0' },
      call: 'residualBlock',
      args: [[1, 2], [[1, -1], [2, -1], [0, 1]], [1, 0, -1], [[3, -2, 1], [1, 1, -4]], [-2, 0]],
    },
    {
      id: 'exact-zeros-mixed',
      kind: 'edge',
      name: { en: 'some first-layer pre-activations exactly 0, the others negative or positive', zh: '第一层部分激活前的值恰好为 0，其余有负有正' },
      call: 'residualBlock',
      args: [[2, -1, 1], [[1, 2, 0], [-1, 0, 2], [1, 1, -1], [0, 1, 1]], [0, 0, -1, 1], [[1, -1, 2, 1], [0, 1, 1, -1], [2, 0, -1, 1]], [-1, 0.5, 0]],
    },
    {
      id: 'zero-weights-identity',
      kind: 'edge',
      name: { en: 'W2 = 0 and b2 = 0 with x ≥ 0: the block is the identity (the skip connection alone)', zh: 'W2 = 0、b2 = 0 且 x ≥ 0：这个块是恒等映射（只有跳跃连接）' },
      call: 'residualBlock',
      generate: (rng) => {
        const [, W1, b1] = block(rng, 3, 4);
        return [[0.5, 0, 2], W1, b1, [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], [0, 0, 0]];
      },
    },
    {
      id: 'zero-weights-negative-input',
      kind: 'edge',
      name: { en: 'W2 = 0, b2 = 0 with a mixed-sign x: out = relu(x)', zh: 'W2 = 0、b2 = 0 且 x 有正有负：out = relu(x)' },
      call: 'residualBlock',
      args: [[-1, 2, -0.5], [[1, 1, 1], [1, -1, 0]], [0, 0], [[0, 0], [0, 0], [0, 0]], [0, 0, 0]],
    },
    {
      id: 'all-hidden-dead',
      kind: 'edge',
      name: { en: 'every hidden unit off (large negative b1): out = relu(b2 + x)', zh: '所有隐藏单元都关闭（b1 为很大的负数）：out = relu(b2 + x)' },
      call: 'residualBlock',
      generate: (rng) => {
        const [x, W1, , W2, b2] = block(rng, 3, 3);
        return [x, W1, [-20, -20, -20], W2, b2];
      },
    },
    {
      id: 'all-hidden-negative-preactivation',
      kind: 'edge',
      name: { en: 'every first-layer pre-activation negative, but not by much', zh: '第一层激活前的值全为负，但都不大' },
      call: 'residualBlock',
      args: [[1, 1], [[-1, 0.5], [0.25, -1], [-0.5, -0.5]], [0, 0.25, 0.5], [[2, -1, 1], [-1, 2, 3]], [0.5, 0.5]],
    },
    {
      id: 'zero-input',
      kind: 'edge',
      name: { en: 'x = 0: out = relu(W2·relu(b1) + b2)', zh: 'x = 0：out = relu(W2·relu(b1) + b2)' },
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
      name: { en: 'a 4-input, 6-hidden block with small integer weights (many exact zeros)', zh: '4 输入、6 隐藏单元、小整数权重的块（很多精确的零）' },
      call: 'residualBlock',
      generate: (rng) => intBlock(rng, 4, 6),
    },
    {
      id: 'larger-block',
      kind: 'hidden',
      name: { en: '8 inputs, 12 hidden units', zh: '8 个输入、12 个隐藏单元' },
      call: 'residualBlock',
      generate: (rng) => block(rng, 8, 12, 1),
    },
    {
      id: 'large-values',
      kind: 'hidden',
      name: { en: 'inputs in the hundreds', zh: '数百大小的输入' },
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
      name: { en: 'random blocks (input width and hidden width between 1 and 6)', zh: '随机的块（输入宽度与隐藏宽度在 1 到 6 之间）' },
      call: 'residualBlock',
      count: 8,
      generate: (rng) => block(rng, rng.int(1, 6), rng.int(1, 6)),
    },
    {
      id: 'random-integer',
      kind: 'random',
      name: { en: 'random blocks with small integer weights', zh: '小整数权重的随机块' },
      call: 'residualBlock',
      count: 4,
      generate: (rng) => intBlock(rng, rng.int(1, 5), rng.int(1, 5)),
    },
    {
      id: 'never-negative',
      kind: 'property',
      name: { en: 'the output ends with a ReLU: no entry is negative', zh: '输出以 ReLU 结束：没有元素为负' },
      call: 'residualBlock',
      generate: (rng) => block(rng, 5, 4, 2),
      property: ({ got }) => {
        const out = got as number[];
        const i = out.findIndex((v) => v < 0);
        return i >= 0 ? { en: `out[${i}] = ${out[i]} is negative: the last step is relu(W2·a1 + b2 + x)`, zh: `out[${i}] = ${out[i]} 是负的：最后一步是 relu(W2·a1 + b2 + x)` } : null;
      },
    },
  ],
});
