import { defineGrader } from '../src/lib/engine/grader';
import { text } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

// rrelu and rreluGrad on numbers, vectors and matrices in both modes, with the default and with
// other slope ranges; u = 0 (the slope is lower), u near 1, z = 0 exactly (the derivative is the
// slope), 'eval' with u left out, null or given (and ignored), and unknown modes. Which known
// mistake a learner made is recognised from reference/rrelu/mistakes.ts.


const Z = [
  [-2, 0, 3],
  [-1, 0.5, -4],
];
const U = [
  [0.5, 0.9, 0.1],
  [0, 0.25, 0.75],
];
const Z_WIDE = [
  [-1.5, 2.25, -0.3, 0, -7],
  [4, -0.01, -2.5, 1, -0.6],
];
const U_WIDE = [
  [0.13, 0.71, 0.999, 0.42, 0.05],
  [0.88, 0.37, 0.61, 0.2, 0.94],
];
const V = [-3, -0.5, 0, 0.75, -1.25, 2];
const UV = [0.2, 0.95, 0.6, 0.3, 0, 0.5];

/** z in the shape (number, vector, matrix) with roughly half the entries negative and some exact zeros. */
function zOf(rng: Rng, shape: number[]): unknown {
  if (shape.length === 0) return rng.random() < 0.1 ? 0 : rng.round(rng.uniform(-5, 5), 3);
  return Array.from({ length: shape[0] }, () => zOf(rng, shape.slice(1)));
}
function uOf(rng: Rng, shape: number[]): unknown {
  if (shape.length === 0) return rng.random();
  return Array.from({ length: shape[0] }, () => uOf(rng, shape.slice(1)));
}
function randomShape(rng: Rng): number[] {
  return rng.pick([[], [rng.int(1, 7)], [rng.int(1, 4), rng.int(1, 5)]]);
}
function range(rng: Rng): number[] {
  const lo = rng.round(rng.uniform(0, 0.4), 3);
  return [lo, rng.round(lo + rng.uniform(0.05, 0.6), 3)];
}

export default defineGrader({
  checks: [
    { id: 'train-example', kind: 'example', name: text("the worked example: rrelu in 'train' mode, lower = 0.1, upper = 0.3", "例子：'train' 模式下的 rrelu，lower = 0.1，upper = 0.3"), call: 'rrelu', args: [Z, 'train', U, 0.1, 0.3] },
    { id: 'train-grad-example', kind: 'example', name: text("the worked example: rreluGrad in 'train' mode (at z = 0 the slope)", "例子：'train' 模式下的 rreluGrad（z = 0 处为斜率）"), call: 'rreluGrad', args: [Z, 'train', U, 0.1, 0.3] },
    { id: 'eval-example', kind: 'example', name: text("the worked example: rrelu in 'eval' mode, u = null", "例子：'eval' 模式下的 rrelu，u = null"), call: 'rrelu', args: [Z, 'eval', null, 0.1, 0.3] },
    { id: 'eval-grad-example', kind: 'example', name: text("the worked example: rreluGrad in 'eval' mode", "例子：'eval' 模式下的 rreluGrad"), call: 'rreluGrad', args: [Z, 'eval', null, 0.1, 0.3] },

    { id: 'train-wide', kind: 'hidden', name: text("rrelu, 'train', a 2×5 matrix with the default range [1/8, 1/3)", "rrelu，'train'，2×5 矩阵，默认区间 [1/8, 1/3)"), call: 'rrelu', args: [Z_WIDE, 'train', U_WIDE] },
    { id: 'train-grad-wide', kind: 'hidden', name: text("rreluGrad, 'train', a 2×5 matrix with the default range", "rreluGrad，'train'，2×5 矩阵，默认区间"), call: 'rreluGrad', args: [Z_WIDE, 'train', U_WIDE] },
    { id: 'train-vector', kind: 'hidden', name: text("rrelu, 'train', a vector, range [0.2, 0.7)", "rrelu，'train'，向量，区间 [0.2, 0.7)"), call: 'rrelu', args: [V, 'train', UV, 0.2, 0.7] },
    { id: 'train-grad-vector', kind: 'hidden', name: text("rreluGrad, 'train', a vector, range [0.2, 0.7)", "rreluGrad，'train'，向量，区间 [0.2, 0.7)"), call: 'rreluGrad', args: [V, 'train', UV, 0.2, 0.7] },
    { id: 'eval-default', kind: 'hidden', name: text("rrelu, 'eval', u left out: the slope is (1/8 + 1/3)/2", "rrelu，'eval'，省略 u：斜率为 (1/8 + 1/3)/2"), call: 'rrelu', args: [Z_WIDE, 'eval'] },
    { id: 'eval-grad-default', kind: 'hidden', name: text("rreluGrad, 'eval', u left out", "rreluGrad，'eval'，省略 u"), call: 'rreluGrad', args: [Z_WIDE, 'eval'] },
    { id: 'eval-ignores-u', kind: 'hidden', name: text("rrelu, 'eval' with u given: u is ignored", "rrelu，'eval' 且给出 u：u 被忽略"), call: 'rrelu', args: [Z_WIDE, 'eval', U_WIDE, 0.05, 0.45] },
    { id: 'eval-grad-ignores-u', kind: 'hidden', name: text("rreluGrad, 'eval' with u given: u is ignored", "rreluGrad，'eval' 且给出 u：u 被忽略"), call: 'rreluGrad', args: [V, 'eval', UV, 0.3, 0.5] },

    { id: 'number-train', kind: 'edge', name: text("a single number: rrelu(−2, 'train', 0.4)", "单个数：rrelu(−2, 'train', 0.4)"), call: 'rrelu', args: [-2, 'train', 0.4] },
    { id: 'number-grad-zero', kind: 'edge', name: text("rreluGrad(0, 'train', 0.6): the slope, not 1", "rreluGrad(0, 'train', 0.6)：是斜率而不是 1"), call: 'rreluGrad', args: [0, 'train', 0.6] },
    { id: 'number-grad-zero-eval', kind: 'edge', name: text("rreluGrad(0, 'eval'): the mean slope", "rreluGrad(0, 'eval')：平均斜率"), call: 'rreluGrad', args: [0, 'eval'] },
    { id: 'number-eval', kind: 'edge', name: text("a single number in 'eval': rrelu(−3, 'eval', null, 0.2, 0.4)", "'eval' 下的单个数：rrelu(−3, 'eval', null, 0.2, 0.4)"), call: 'rrelu', args: [-3, 'eval', null, 0.2, 0.4] },
    { id: 'u-zero', kind: 'edge', name: text('u = 0 everywhere: every slope is lower', 'u 全为 0：每个斜率都是 lower'), call: 'rrelu', args: [[-1, -2, -4], 'train', [0, 0, 0], 0.15, 0.35] },
    { id: 'u-near-one', kind: 'edge', name: text('u close to 1: slopes close to upper', 'u 接近 1：斜率接近 upper'), call: 'rreluGrad', args: [[-1, 0, -4, 2], 'train', [0.999999, 0.99, 0.5, 0.999], 0.15, 0.35] },
    { id: 'positive-only', kind: 'edge', name: text('only positive inputs: rrelu is the identity', '只有正输入：rrelu 就是恒等函数'), call: 'rrelu', args: [[[0.5, 3], [7, 0.001]], 'train', [[0.2, 0.4], [0.6, 0.8]]] },
    { id: 'single-column', kind: 'edge', name: text("a 3×1 matrix stays 3×1 (rreluGrad, 'train')", "3×1 矩阵仍为 3×1（rreluGrad，'train'）"), call: 'rreluGrad', args: [[[-2], [0], [3]], 'train', [[0.3], [0.7], [0.1]]] },
    { id: 'equal-bounds', kind: 'edge', name: text('lower = upper = 0.25: a leaky ReLU with slope 0.25 whatever u is', 'lower = upper = 0.25：无论 u 为何，都是斜率为 0.25 的 leaky ReLU'), call: 'rrelu', args: [[-4, 0, 2], 'train', [0.9, 0.1, 0.5], 0.25, 0.25] },

    { id: 'unknown-mode', kind: 'error', name: text("rrelu with mode 'test'", "mode 为 'test' 的 rrelu"), call: 'rrelu', args: [[-1, 2], 'test', [0.5, 0.5]], throws: 'mode' },
    { id: 'unknown-mode-grad', kind: 'error', name: text("rreluGrad with mode 'Train' (capital T)", "mode 为 'Train'（大写 T）的 rreluGrad"), call: 'rreluGrad', args: [[-1, 2], 'Train', [0.5, 0.5]], throws: 'mode' },
    { id: 'missing-mode', kind: 'error', name: text('rrelu with no mode at all', '完全没有 mode 的 rrelu'), call: 'rrelu', args: [-1], throws: 'mode' },

    ...(['rrelu', 'rreluGrad'] as const).map((name) => ({
      id: `random-${name === 'rrelu' ? 'forward' : 'grad'}-train`,
      kind: 'random' as const,
      name: text(`${name} in 'train' mode on random numbers, vectors and matrices`, `'train' 模式下的 ${name}：随机的数、向量和矩阵`),
      call: name,
      count: 5,
      generate: (rng: Rng) => {
        const shape = randomShape(rng);
        return [zOf(rng, shape), 'train', uOf(rng, shape), ...range(rng)];
      },
    })),
    ...(['rrelu', 'rreluGrad'] as const).map((name) => ({
      id: `random-${name === 'rrelu' ? 'forward' : 'grad'}-eval`,
      kind: 'random' as const,
      name: text(`${name} in 'eval' mode on random inputs`, `'eval' 模式下的 ${name}：随机输入`),
      call: name,
      count: 4,
      generate: (rng: Rng) => {
        const shape = randomShape(rng);
        return [zOf(rng, shape), 'eval', rng.random() < 0.5 ? null : uOf(rng, shape), ...range(rng)];
      },
    })),
    {
      id: 'slope-in-range',
      kind: 'property',
      name: text("in 'train' mode every negative input gets a slope in [lower, upper]", "'train' 模式下每个负输入的斜率都在 [lower, upper] 内"),
      call: 'rreluGrad',
      args: [[-1, -2, -0.5, -3, -7, -0.1], 'train', [0, 0.2, 0.4, 0.6, 0.8, 0.99], 0.1, 0.4],
      property: ({ got }) => {
        if (!Array.isArray(got)) return null;
        const bad = got.findIndex((a) => typeof a !== 'number' || a < 0.1 || a > 0.4);
        return bad < 0 ? null : text(`slope ${String(got[bad])} at position ${bad} is outside [0.1, 0.4]`, `位置 ${bad} 的斜率 ${String(got[bad])} 不在 [0.1, 0.4] 内`);
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 30:42 >= → >': 'at z = 0 both branches give 0: x itself, or slope · 0',
  },
});
