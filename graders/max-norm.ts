import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: column 0 has norm 10 (scaled to [3, 4, 0]), column 1 norm 3 (kept),
// column 2 norm exactly 5 = c (kept).
const WORKED = [
  [6, 1, 3],
  [8, 2, 0],
  [0, -2, 4],
];

/** Columns of random directions whose norms are spread around c (some above, some below). */
function weights(rng: Rng, nIn: number, nOut: number, c: number): number[][] {
  const cols = Array.from({ length: nOut }, () => {
    const v = Array.from({ length: nIn }, () => rng.normal());
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    const target = c * rng.uniform(0.3, 2.5);
    return v.map((x) => (x / norm) * target);
  });
  return Array.from({ length: nIn }, (_, i) => cols.map((col) => col[i]));
}

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'three units with c = 5 (the worked example)', zh: 'c = 5 的三个单元（题中例子）' }, call: 'maxNormConstraint', args: [WORKED, 5] },
    {
      id: 'unit-ball',
      kind: 'example',
      name: { en: 'c = 1: one column outside the unit ball, one inside', zh: 'c = 1：一列在单位球外，一列在球内' },
      call: 'maxNormConstraint',
      args: [[[2, 0.3], [0, -0.4]], 1],
    },

    {
      id: 'norm-exactly-c',
      kind: 'edge',
      name: { en: 'columns whose norm is exactly c (and one shorter column) are left unchanged', zh: '范数恰好为 c 的列（以及一个更短的列）保持不变' },
      call: 'maxNormConstraint',
      args: [[[3, 0, -5, 1.2], [4, 5, 0, 1.6], [0, 0, 0, 0]], 5],
    },
    {
      id: 'norm-exactly-c-with-neighbours',
      kind: 'edge',
      name: { en: 'norm exactly c next to columns just above and just below c', zh: '范数恰好为 c 的列，旁边是略大于和略小于 c 的列' },
      call: 'maxNormConstraint',
      args: [[[0.6, 0.61, 0.59], [0.8, 0.8, 0.8]], 1],
    },
    {
      id: 'zero-column',
      kind: 'edge',
      name: { en: 'a zero column (a dead unit) stays zero', zh: '零列（死掉的单元）保持为零' },
      call: 'maxNormConstraint',
      args: [[[0, 4, 0.5], [0, -3, 0.5], [0, 12, 0.5]], 2],
      nonFiniteHint: { en: 'a zero column has norm 0: do not divide by it — only columns with norm above c are rescaled', zh: '零列的范数为 0：不要除以它——只有范数大于 c 的列才重新缩放' },
    },
    { id: 'one-column-above', kind: 'edge', name: { en: 'a single unit whose norm is above c', zh: '范数大于 c 的单个单元' }, call: 'maxNormConstraint', args: [[[1], [-2], [2], [4]], 2.5] },
    { id: 'one-column-below', kind: 'edge', name: { en: 'a single unit whose norm is below c (unchanged)', zh: '范数小于 c 的单个单元（不变）' }, call: 'maxNormConstraint', args: [[[0.1], [-0.2], [0.2]], 3] },
    { id: 'one-input', kind: 'edge', name: { en: 'one input (a 1×4 matrix): each weight is its own column', zh: '一个输入（1×4 矩阵）：每个权重自成一列' }, call: 'maxNormConstraint', args: [[[-7, 0.5, 3, -2]], 2] },
    {
      id: 'all-inside',
      kind: 'edge',
      name: { en: 'every column already inside the ball: W comes back unchanged', zh: '每一列都已在球内：W 原样返回' },
      call: 'maxNormConstraint',
      args: [[[0.5, -1, 0.2], [1, 0.5, -0.3], [-0.25, 1, 0.1], [0.4, 0.2, 0]], 2],
    },
    {
      id: 'wide-layer',
      kind: 'hidden',
      name: { en: 'a 4×9 layer (more units than inputs) with c = 3', zh: 'c = 3 的 4×9 层（单元多于输入）' },
      call: 'maxNormConstraint',
      generate: (rng) => [weights(rng, 4, 9, 3), 3],
    },
    {
      id: 'tall-layer',
      kind: 'hidden',
      name: { en: 'a 10×3 layer (more inputs than units) with c = 0.5', zh: 'c = 0.5 的 10×3 层（输入多于单元）' },
      call: 'maxNormConstraint',
      generate: (rng) => [weights(rng, 10, 3, 0.5), 0.5],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random layers and limits', zh: '随机的层与上限' },
      call: 'maxNormConstraint',
      count: 8,
      generate: (rng) => {
        const c = rng.pick([0.5, 1, 2, 3, 4]);
        return [weights(rng, rng.int(2, 7), rng.int(1, 7), c), c];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 12:21 < → <=': 'the extra scale of a column n_out that does not exist is never read',
    'boundary 16:21 > → >=': 'at norm = c the scale c/norm is exactly 1',
  },
});
