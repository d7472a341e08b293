import { compareValues } from '../src/lib/engine/compare';
import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const SHIFT = {
  en: 'exp overflowed (e^1000 = Infinity, Infinity/Infinity = NaN) or a whole row underflowed (0/0): subtract each row’s own maximum from that row before exponentiating',
  zh: 'exp 溢出了（e^1000 = Infinity，Infinity/Infinity = NaN），或者整行都下溢成 0（0/0）：取指数之前，先让每一行减去这一行自己的最大值',
};


/** Logits with a different large offset per row (up to ±600), so that only a per-row shift is safe. */
function logits(rng: Rng, m: number, n: number, offset = 600): number[][] {
  return Array.from({ length: m }, () => {
    const c = rng.random() < 0.5 ? 0 : rng.uniform(-offset, offset);
    return rng.vector(n, -8, 8).map((z) => z + c);
  });
}

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'two rows of three logits (the worked example)', zh: '两行、每行三个 logit（例题）' }, call: 'softmax', args: [[[1, 2, 3], [0, 0, 0]]], nonFiniteHint: SHIFT },
    { id: 'logits-1000', kind: 'example', name: { en: 'logits of ±1000: shift by the row maximum', zh: '±1000 的 logit：减去行最大值' }, call: 'softmax', args: [[[1000, 1000, -1000]]], nonFiniteHint: SHIFT },

    { id: 'row-plus-minus-1000', kind: 'edge', name: { en: 'a row of ±1000 logits', zh: '一行 ±1000 的 logit' }, call: 'softmax', args: [[[1000, -1000, 0], [1, 2, 3]]], nonFiniteHint: SHIFT },
    { id: 'row-all-minus-1000', kind: 'edge', name: { en: 'a row whose logits are all −1000 (uniform, not 0/0)', zh: 'logit 全为 −1000 的一行（均匀分布，不是 0/0）' }, call: 'softmax', args: [[[-1000, -1000], [-1000, -1001]]], nonFiniteHint: SHIFT },
    {
      id: 'rows-different-scales',
      kind: 'edge',
      name: { en: 'rows on very different scales (1000, −1000 and 0)', zh: '尺度差别很大的几行（1000、−1000 和 0）' },
      call: 'softmax',
      args: [[[1000, 999], [-1000, -999], [0, 1]]],
      nonFiniteHint: SHIFT,
    },
    { id: 'equal-logits', kind: 'edge', name: { en: 'a row of equal logits: uniform', zh: 'logit 全相等的一行：均匀分布' }, call: 'softmax', args: [[[5, 5, 5, 5], [-2, -2, -2, -2]]], nonFiniteHint: SHIFT },
    { id: 'single-column', kind: 'edge', name: { en: 'a single column: every probability is 1', zh: '只有一列：每个概率都是 1' }, call: 'softmax', args: [[[3], [-1000], [1000], [0]]], nonFiniteHint: SHIFT },
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one row', zh: '只有一行的批量' }, call: 'softmax', args: [[[0.5, -1, 2, 0]]], nonFiniteHint: SHIFT },
    { id: 'one-by-one', kind: 'edge', name: { en: 'a 1×1 matrix', zh: '1×1 矩阵' }, call: 'softmax', args: [[[7]]], nonFiniteHint: SHIFT },
    {
      id: 'tall-matrix',
      kind: 'edge',
      name: { en: 'more rows than columns (rows, not columns, sum to 1)', zh: '行数多于列数（和为 1 的是行，不是列）' },
      call: 'softmax',
      args: [[[1, 0], [2, 0], [3, 0], [0.5, 0.5]]],
      nonFiniteHint: SHIFT,
    },
    { id: 'wide-matrix', kind: 'hidden', name: { en: 'a 5×10 matrix of logits', zh: '5×10 的 logit 矩阵' }, call: 'softmax', generate: (rng) => [rng.normalMatrix(5, 10, 3)], nonFiniteHint: SHIFT },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random logits', zh: '随机 logit' },
      call: 'softmax',
      count: 8,
      generate: (rng) => [logits(rng, rng.int(1, 6), rng.int(1, 8))],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'rows-sum-to-one',
      kind: 'property',
      name: { en: 'every row sums to 1 and every probability is in [0, 1]', zh: '每一行的和为 1，每个概率都在 [0, 1] 内' },
      call: 'softmax',
      generate: (rng) => [logits(rng, 6, 12)],
      nonFiniteHint: SHIFT,
      property: ({ got }) => {
        const P = got as number[][];
        for (let i = 0; i < P.length; i++) {
          let s = 0;
          for (let j = 0; j < P[i].length; j++) {
            const p = P[i][j];
            if (!(p >= 0 && p <= 1)) return { en: `row ${i}, column ${j} is ${p}, outside [0, 1]`, zh: `第 ${i} 行第 ${j} 列是 ${p}，不在 [0, 1] 内` };
            s += p;
          }
          if (Math.abs(s - 1) > 1e-12) return { en: `row ${i} sums to ${s}, not 1`, zh: `第 ${i} 行的和是 ${s}，不是 1` };
        }
        return null;
      },
    },
    {
      id: 'shift-invariance',
      kind: 'property',
      name: { en: 'adding a constant to a row does not change its probabilities', zh: '给一行加上常数不改变它的概率' },
      call: 'softmax',
      args: [[[1, 2, 3, 4], [-3, 0.5, 0.25, 2], [10, -10, 0, 5]]],
      nonFiniteHint: SHIFT,
      property: ({ got, args, call }) => {
        const Z = args[0] as number[][];
        const shifts = [100, -50, 3.5];
        const shifted = Z.map((row, i) => row.map((z) => z + shifts[i]));
        const again = call('softmax', shifted);
        const cmp = compareValues(again, got, { rtol: 1e-9, atol: 1e-12 });
        if (!cmp.ok) {
          return {
            en: `softmax(Z + c) differs from softmax(Z) when each row i gets its own constant c_i = ${shifts.join(', ')}: ${cmp.message}`,
            zh: `每一行 i 加上各自的常数 c_i = ${shifts.join(', ')} 后，softmax(Z + c) 与 softmax(Z) 不同：${cmp.messageZh}`,
          };
        }
        return null;
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 12:32 > → >=': 'on a tie both keep the same maximum',
  },
});
