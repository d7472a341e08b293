import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example of the statement: u[0][2] equals keepProb exactly (dropped), u[1][0] is 0 (kept).
const WORKED_A = [
  [1, -2, 3],
  [4, 0.5, -6],
];
const WORKED_U = [
  [0.1, 0.95, 0.8],
  [0, 0.5, 0.79],
];

/** Uniform numbers on a coarse grid (steps of 0.05) so that some land exactly on keepProb. */
function gridUniform(rng: Rng, m: number, n: number): number[][] {
  return Array.from({ length: m }, () => Array.from({ length: n }, () => rng.int(0, 19) / 20));
}

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'a 2×3 layer with keepProb 0.8 (the worked example)', zh: 'keepProb 0.8 的 2×3 层（题中例子）' }, call: 'invertedDropout', args: [WORKED_A, 0.8, WORKED_U] },
    {
      id: 'keep-half',
      kind: 'example',
      name: { en: 'keepProb 0.5: kept activations are doubled', zh: 'keepProb 0.5：保留的激活值加倍' },
      call: 'invertedDropout',
      args: [[[2, 4], [-1, 3], [0.5, -0.25]], 0.5, [[0.2, 0.7], [0.49, 0.51], [0.9, 0.05]]],
    },

    {
      id: 'u-equals-keep-prob',
      kind: 'edge',
      name: { en: 'u exactly equal to keepProb: the unit is dropped', zh: 'u 恰好等于 keepProb：该单元被丢弃' },
      call: 'invertedDropout',
      args: [[[1.5, -2, 3], [7, 0.25, -1]], 0.75, [[0.75, 0.1, 0.75], [0.74, 0.75, 0.76]]],
    },
    {
      id: 'u-equals-keep-prob-half',
      kind: 'edge',
      name: { en: 'keepProb 0.5 with every u exactly 0.5: everything is dropped', zh: 'keepProb 0.5 且每个 u 都恰好为 0.5：全部被丢弃' },
      call: 'invertedDropout',
      args: [[[3, -4], [5, 6]], 0.5, [[0.5, 0.5], [0.5, 0.5]]],
    },
    {
      id: 'u-zero',
      kind: 'edge',
      name: { en: 'u = 0: the unit is kept', zh: 'u = 0：该单元被保留' },
      call: 'invertedDropout',
      args: [[[2, -3, 1], [0.5, 8, -4]], 0.6, [[0, 0, 0.9], [0.65, 0, 0.3]]],
    },
    {
      id: 'keep-prob-one',
      kind: 'edge',
      name: { en: 'keepProb 1: every mask entry is 1 and out equals A', zh: 'keepProb 1：掩码每个元素都是 1，out 等于 A' },
      call: 'invertedDropout',
      args: [[[1.5, -2.5, 0], [3, 4, -7]], 1, [[0.999999, 0, 0.5], [0.25, 0.75, 0.9999999999]]],
    },
    {
      id: 'keep-prob-small',
      kind: 'edge',
      name: { en: 'keepProb 0.1: the few kept units are multiplied by 10', zh: 'keepProb 0.1：保留下来的少数单元乘以 10' },
      call: 'invertedDropout',
      args: [[[1, 2, 3, 4], [-5, 6, -7, 8]], 0.1, [[0.05, 0.5, 0.1, 0.95], [0.3, 0.099, 0.7, 0]]],
    },
    { id: 'single-row', kind: 'edge', name: { en: 'a batch of one example', zh: '只有一个样本的批次' }, call: 'invertedDropout', args: [[[0.3, -1.2, 2.5, 4, -0.7]], 0.8, [[0.81, 0.2, 0.8, 0.05, 0.6]]] },
    { id: 'one-by-one', kind: 'edge', name: { en: 'a 1×1 matrix', zh: '1×1 矩阵' }, call: 'invertedDropout', args: [[[-3]], 0.9, [[0.4]]] },
    {
      id: 'hidden-layer',
      kind: 'hidden',
      name: { en: 'a 6×8 hidden layer with keepProb 0.8', zh: 'keepProb 0.8 的 6×8 隐藏层' },
      call: 'invertedDropout',
      generate: (rng) => [rng.matrix(6, 8, -3, 3), 0.8, gridUniform(rng, 6, 8)],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random activations and keep probabilities', zh: '随机的激活值与保留概率' },
      call: 'invertedDropout',
      count: 8,
      generate: (rng) => {
        const m = rng.int(1, 6);
        const n = rng.int(1, 7);
        const keepProb = rng.pick([0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1]);
        return [rng.matrix(m, n, -5, 5), keepProb, gridUniform(rng, m, n)];
      },
    },
  ],
});
