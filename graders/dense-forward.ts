import { defineGrader } from '../src/lib/engine/grader';
import { STABLE_SIGMOID, stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

const ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'linear'] as const;

const A = [
  [1, 2],
  [3, -1],
];
const W = [
  [0.5, -1, 0],
  [1, 0.5, -2],
];
const b = [0.1, 0, -0.5];


/** A random layer: m examples, n_in inputs, n_out units. */
function layer(rng: Rng, m: number, nIn: number, nOut: number, activation: string, scale = 1) {
  return [rng.matrix(m, nIn, -2 * scale, 2 * scale), rng.matrix(nIn, nOut, -1, 1), rng.vector(nOut, -1, 1), activation];
}

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'two examples, two inputs, three ReLU units (the worked example)', zh: '两个样本、两个输入、三个 ReLU 单元（题中例子）' }, call: 'denseForward', args: [A, W, b, 'relu'] },
    { id: 'sigmoid-example', kind: 'example', name: { en: 'the same layer with sigmoid', zh: '同一层改用 sigmoid' }, call: 'denseForward', args: [A, W, b, 'sigmoid'] },

    // each activation
    ...ACTIVATIONS.map((act) => ({
      id: `${act}-layer`,
      kind: 'hidden' as const,
      name: { en: `a 5×4 batch into 3 ${act} units`, zh: `5×4 的批次输入 3 个 ${act} 单元` },
      call: 'denseForward',
      generate: (rng: Rng) => layer(rng, 5, 4, 3, act),
    })),

    // square W: A·Wᵀ runs without error but gives other numbers
    { id: 'square-w', kind: 'hidden', name: { en: 'a square 3×3 W (A·Wᵀ would also run)', zh: '方阵 3×3 的 W（A·Wᵀ 也能运行）' }, call: 'denseForward', args: [[[1, 0, 2], [-1, 3, 0.5]], [[1, 2, 3], [0, -1, 4], [0.5, 0, -2]], [0.5, -0.5, 1], 'linear'] },
    { id: 'square-w-tanh', kind: 'hidden', name: { en: 'a square 2×2 W with tanh', zh: '方阵 2×2 的 W，配 tanh' }, call: 'denseForward', args: [[[0.5, -1], [2, 0.25], [-1.5, 1]], [[0.3, -0.8], [0.6, 0.2]], [0.1, -0.2], 'tanh'] },
    { id: 'more-rows-than-units', kind: 'hidden', name: { en: 'six examples into two units (more rows than biases)', zh: '六个样本输入两个单元（行数多于偏置个数）' }, call: 'denseForward', generate: (rng) => layer(rng, 6, 3, 2, 'linear') },
    { id: 'more-units-than-rows', kind: 'hidden', name: { en: 'two examples into five units', zh: '两个样本输入五个单元' }, call: 'denseForward', generate: (rng) => layer(rng, 2, 3, 5, 'sigmoid') },

    // edges
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one example', zh: '只有一个样本的批次' }, call: 'denseForward', args: [[[0.5, -1.5, 2]], [[1, -1], [0.5, 2], [-0.25, 1]], [0.3, -0.3], 'tanh'] },
    { id: 'one-unit', kind: 'edge', name: { en: 'a layer with one unit (W is n_in×1, b has one entry)', zh: '只有一个单元的层（W 是 n_in×1，b 只有一个元素）' }, call: 'denseForward', args: [[[1, 2], [-1, 0.5], [0, 3]], [[0.5], [-1]], [0.25], 'sigmoid'] },
    { id: 'one-input-one-unit', kind: 'edge', name: { en: 'one input, one unit, one example', zh: '一个输入、一个单元、一个样本' }, call: 'denseForward', args: [[[-2]], [[3]], [4], 'relu'] },
    { id: 'relu-exact-zero', kind: 'edge', name: { en: 'pre-activations exactly 0 into relu', zh: '恰好为 0 的激活前的值进入 relu' }, call: 'denseForward', args: [[[1, -1], [2, 2], [0, 0]], [[2, 1], [2, -1]], [0, 0], 'relu'] },
    { id: 'relu-zero-from-bias', kind: 'edge', name: { en: 'A·W cancelled exactly by the bias into relu', zh: 'A·W 被偏置恰好抵消后进入 relu' }, call: 'denseForward', args: [[[1, 2], [3, 4]], [[1], [1]], [-3], 'relu'] },
    { id: 'linear-identity', kind: 'edge', name: { en: "'linear' returns A·W + b unchanged", zh: '\'linear\' 原样返回 A·W + b' }, call: 'denseForward', args: [[[1, 2], [3, 4]], [[1, 0], [0, 1]], [-10, 10], 'linear'] },
    { id: 'sigmoid-saturated', kind: 'edge', name: { en: 'sigmoid of pre-activations ±1000', zh: '激活前的值为 ±1000 时的 sigmoid' }, call: 'denseForward', args: [[[1000], [-1000], [0]], [[1, -1]], [0, 0], 'sigmoid'], nonFiniteHint: STABLE_SIGMOID },
    { id: 'tanh-saturated', kind: 'edge', name: { en: 'tanh of pre-activations ±1000', zh: '激活前的值为 ±1000 时的 tanh' }, call: 'denseForward', args: [[[1000], [-1000]], [[1, -1]], [0, 0], 'tanh'], nonFiniteHint: { en: 'e^z overflowed: use Math.tanh', zh: 'e^z 溢出了：请用 Math.tanh' } },
    { id: 'zero-weights', kind: 'edge', name: { en: 'all weights zero: every row is g(b)', zh: '权重全为 0：每一行都是 g(b)' }, call: 'denseForward', args: [[[5, -3], [1, 1], [-2, 7]], [[0, 0, 0], [0, 0, 0]], [-1, 0, 2], 'sigmoid'] },

    // errors
    { id: 'inner-mismatch', kind: 'error', name: { en: 'A has 3 columns, W has 2 rows', zh: 'A 有 3 列，W 有 2 行' }, call: 'denseForward', args: [[[1, 2, 3], [4, 5, 6]], [[1, 0], [0, 1]], [0, 0], 'relu'], throws: 'shape' },
    { id: 'inner-mismatch-short', kind: 'error', name: { en: 'A has 2 columns, W has 3 rows', zh: 'A 有 2 列，W 有 3 行' }, call: 'denseForward', args: [[[1, 2], [3, 4]], [[1, 0], [0, 1], [1, 1]], [0, 0], 'linear'], throws: 'shape' },
    { id: 'bias-too-long', kind: 'error', name: { en: 'b has 3 entries, W has 2 columns', zh: 'b 有 3 个元素，W 有 2 列' }, call: 'denseForward', args: [[[1, 2]], [[1, 0], [0, 1]], [0, 0, 0], 'relu'], throws: 'shape' },
    { id: 'bias-too-short', kind: 'error', name: { en: 'b has 1 entry, W has 2 columns', zh: 'b 有 1 个元素，W 有 2 列' }, call: 'denseForward', args: [[[1, 2], [3, 4]], [[1, 0], [0, 1]], [0.5], 'tanh'], throws: 'shape' },
    { id: 'unknown-activation', kind: 'error', name: { en: "an unknown activation 'softmax'", zh: '未知的激活函数 \'softmax\'' }, call: 'denseForward', args: [[[1, 2]], [[1], [1]], [0], 'softmax'], throws: 'activation' },
    { id: 'unknown-activation-swish', kind: 'error', name: { en: "an unknown activation 'swish'", zh: '未知的激活函数 \'swish\'' }, call: 'denseForward', args: [[[1, 2], [0, 1]], [[1, 0], [0, 1]], [0, 0], 'swish'], throws: 'activation' },

    // random
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random layers and activations', zh: '随机的层与激活函数' },
      call: 'denseForward',
      count: 8,
      generate: (rng) => layer(rng, rng.int(1, 6), rng.int(1, 5), rng.int(1, 4), rng.pick(ACTIVATIONS)),
    },
    {
      id: 'random-square',
      kind: 'random',
      name: { en: 'random layers with as many units as inputs', zh: '单元数等于输入数的随机层' },
      call: 'denseForward',
      count: 3,
      generate: (rng) => {
        const n = rng.int(2, 4);
        return layer(rng, rng.int(1, 5), n, n, rng.pick(ACTIVATIONS));
      },
    },
    {
      id: 'random-large',
      kind: 'random',
      name: { en: 'large inputs (saturating sigmoid and tanh)', zh: '大输入（sigmoid 与 tanh 饱和）' },
      call: 'denseForward',
      count: 2,
      generate: (rng) => layer(rng, 4, 3, 3, rng.pick(['sigmoid', 'tanh']), 200),
      nonFiniteHint: STABLE_SIGMOID,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(5),
    'boundary 14:24 > → >=': 'at z = 0 both branches give 0',
  },
});
