import { compareValues } from '../src/lib/engine/compare';
import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: two triplets of 2-D encodings, margin 0.5. Row 0 is already separated
// (contributes 0), row 1 is not (contributes 1.25): the loss is 0.625.
const A1 = [[0, 0], [1, 1]];
const P1 = [[1, 0], [1, 2]];
const N1 = [[0, 2], [1, 1.5]];

/** m random triplets of d-dimensional encodings: per row, the positive and the negative lie at a random distance from the anchor. */
function triplets(rng: Rng, m: number, d: number, margin: number): unknown[] {
  const A = rng.matrix(m, d, -1, 1);
  const near = (row: number[], lo: number, hi: number) => {
    const s = rng.uniform(lo, hi);
    return row.map((x) => x + rng.uniform(-s, s));
  };
  const P = A.map((row) => near(row, 0.1, 1));
  const N = A.map((row) => near(row, 0.1, 1.2));
  return [A, P, N, margin];
}

/** Rows scaled to Euclidean length 1 (FaceNet's encodings live on the unit sphere). */
function unitRows(X: number[][]): number[][] {
  return X.map((row) => {
    const n = Math.sqrt(row.reduce((s, x) => s + x * x, 0));
    return row.map((x) => x / n);
  });
}

const copy = (X: number[][]) => X.map((row) => row.slice());

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'worked-example', kind: 'example', name: { en: 'two triplets of 2-D encodings, margin 0.5 (the worked example)', zh: '两个二维编码的三元组，margin 0.5（题中例子）' }, call: 'tripletLoss', args: [A1, P1, N1, 0.5] },
    {
      id: 'unit-encodings-example',
      kind: 'example',
      name: { en: 'three triplets of unit-length 3-D encodings, margin 0.2: one separated, two not', zh: '三个单位长度三维编码的三元组，margin 0.2：一个已分开，两个没有' },
      call: 'tripletLoss',
      args: [
        [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
        [[0.8, 0.6, 0], [0, 0.8, 0.6], [0.6, 0, 0.8]],
        [[0, 1, 0], [0.6, 0.8, 0], [0.6, 0, 0.8]],
        0.2,
      ],
    },

    // ---- edge cases named by the catalog ----
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one triplet with a positive loss', zh: '只有一个三元组的批次，损失为正' }, call: 'tripletLoss', args: [[[1, 2, 0]], [[1.5, 1, 0]], [[2, 2, 1]], 1] },
    { id: 'batch-of-one-zero', kind: 'edge', name: { en: 'a batch of one triplet already separated by more than the margin (loss 0)', zh: '只有一个三元组的批次，已分开超过 margin（损失为 0）' }, call: 'tripletLoss', args: [[[1, 2, 0]], [[1.5, 2, 0]], [[-1, 0, 2]], 0.5] },
    {
      id: 'all-rows-zero-loss',
      kind: 'edge',
      name: { en: 'every negative far beyond the margin: every row, and the loss, is 0 (not negative)', zh: '每个负样本都远超 margin：每一行以及损失都是 0（不是负数）' },
      call: 'tripletLoss',
      generate: (rng) => {
        const A = rng.matrix(4, 3, -1, 1);
        const P = A.map((row) => row.map((x) => x + rng.uniform(-0.2, 0.2)));
        const N = A.map((row) => row.map((x) => x + rng.pick([-3, 3]) + rng.uniform(-0.5, 0.5)));
        return [A, P, N, 0.3];
      },
    },
    {
      id: 'some-rows-zero-loss',
      kind: 'edge',
      name: { en: 'some rows separated (they add 0), some not', zh: '有些行已分开（贡献 0），有些没有' },
      call: 'tripletLoss',
      // Per row before the hinge: 4.5, −0.5, 2.5, −2.5 (mean 1); after it 4.5, 0, 2.5, 0 (mean 1.75).
      args: [
        [[0, 0], [0, 0], [1, 1], [2, 0]],
        [[2, 1], [1, 0], [1, 3], [2, 1]],
        [[1, 0], [1, 1], [0, 2], [0, 0]],
        0.5,
      ],
    },
    {
      id: 'hard-rows-outweighed',
      kind: 'edge',
      name: { en: 'one hard triplet among well-separated ones: its loss must not be cancelled by the others', zh: '分得很开的三元组中有一个困难三元组：它的损失不能被其他的抵消' },
      call: 'tripletLoss',
      // Per row before the hinge: 1.2, −3.8, −3.8 (a negative mean); after it 1.2, 0, 0 (mean 0.4).
      args: [
        [[0, 0, 0], [1, 0, 0], [0, 1, 0]],
        [[1, 0, 0], [1, 0, 1], [0, 1, 1]],
        [[0, 0, 0], [1, 2, 1], [0, -1, 1]],
        0.2,
      ],
    },
    {
      id: 'a-equals-p',
      kind: 'edge',
      name: { en: 'positive equal to the anchor: each row is max(margin − ‖a − n‖², 0)', zh: '正样本等于锚点：每一行是 max(margin − ‖a − n‖², 0)' },
      call: 'tripletLoss',
      generate: (rng) => {
        const A = rng.matrix(5, 3, -1, 1);
        const N = A.map((row) => {
          const s = rng.uniform(0.05, 0.8);
          return row.map((x) => x + rng.uniform(-s, s));
        });
        return [A, copy(A), N, 0.4];
      },
    },
    { id: 'a-equals-p-equals-n', kind: 'edge', name: { en: 'anchor, positive and negative all equal: the loss is the margin', zh: '锚点、正样本、负样本全部相同：损失就是 margin' }, call: 'tripletLoss', args: [[[0.5, -1], [2, 3]], [[0.5, -1], [2, 3]], [[0.5, -1], [2, 3]], 0.7] },
    { id: 'margin-zero', kind: 'edge', name: { en: 'margin 0: only rows whose negative is closer than their positive count', zh: 'margin 0：只有负样本比正样本更近的行才计入' }, call: 'tripletLoss', generate: (rng) => triplets(rng, 6, 3, 0) },
    {
      id: 'margin-zero-a-equals-p',
      kind: 'edge',
      name: { en: 'margin 0 and positive equal to the anchor: the loss is exactly 0', zh: 'margin 0 且正样本等于锚点：损失恰好为 0' },
      call: 'tripletLoss',
      generate: (rng) => {
        const A = rng.matrix(3, 4, -1, 1);
        return [A, copy(A), rng.matrix(3, 4, -1, 1), 0];
      },
    },
    { id: 'on-the-hinge', kind: 'edge', name: { en: 'a row exactly on the hinge (‖a − p‖² − ‖a − n‖² + margin = 0)', zh: '恰好在铰链处的一行（‖a − p‖² − ‖a − n‖² + margin = 0）' }, call: 'tripletLoss', args: [[[0, 0], [1, 1]], [[1, 0], [1, 2]], [[0, 2], [1, 1]], 3] },
    { id: 'one-d-embeddings', kind: 'edge', name: { en: '1-D encodings (m×1 matrices)', zh: '一维编码（m×1 矩阵）' }, call: 'tripletLoss', generate: (rng) => triplets(rng, 5, 1, 0.3) },
    { id: 'one-d-single', kind: 'edge', name: { en: 'a single 1-D triplet (1×1 matrices)', zh: '单个一维三元组（1×1 矩阵）' }, call: 'tripletLoss', args: [[[1]], [[3]], [[2]], 0.5] },

    // ---- hidden ----
    { id: 'large-margin', kind: 'hidden', name: { en: 'a margin larger than every distance: every row counts', zh: 'margin 大于所有距离：每一行都计入' }, call: 'tripletLoss', generate: (rng) => triplets(rng, 4, 3, 10) },
    {
      id: 'unit-norm-encodings',
      kind: 'hidden',
      name: { en: 'unit-length 8-D encodings with margin 0.2 (as in FaceNet)', zh: 'margin 0.2 的单位长度八维编码（与 FaceNet 相同）' },
      call: 'tripletLoss',
      generate: (rng) => {
        const [A, P, N] = triplets(rng, 4, 8, 0.2) as number[][][];
        return [unitRows(A), unitRows(P), unitRows(N), 0.2];
      },
    },
    { id: 'wide-encodings', kind: 'hidden', name: { en: 'five triplets of 16-D encodings', zh: '五个十六维编码的三元组' }, call: 'tripletLoss', generate: (rng) => triplets(rng, 5, 16, 1) },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random batches (rows, dimensions and margins)', zh: '随机批次（行数、维数与 margin）' },
      call: 'tripletLoss',
      count: 8,
      generate: (rng) => triplets(rng, rng.int(1, 6), rng.int(1, 6), rng.pick([0, rng.round(rng.uniform(0.05, 0.5)), 1])),
    },

    // ---- properties ----
    {
      id: 'mean-over-rows',
      kind: 'property',
      name: { en: 'the batch stacked twice has the same loss (a mean over rows, not a sum)', zh: '批次叠两遍损失不变（对行求平均，而不是求和）' },
      call: 'tripletLoss',
      generate: (rng) => triplets(rng, 3, 4, 0.5),
      property: ({ got, args, call }) => {
        const [A, P, N, margin] = args as [number[][], number[][], number[][], number];
        const twice = (X: number[][]) => [...copy(X), ...copy(X)];
        const again = call('tripletLoss', twice(A), twice(P), twice(N), margin);
        const cmp = compareValues(again, got, { rtol: 1e-9, atol: 1e-12 });
        if (!cmp.ok) return { en: `the same ${A.length} triplets given twice (${2 * A.length} rows) change the loss from ${got} to ${again}: average over the rows`, zh: `同样的 ${A.length} 个三元组给两遍（${2 * A.length} 行）使损失从 ${got} 变成了 ${again}：要对行求平均` };
        return null;
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'negation 19:18 anchor[i][j] - positive[i][j] → -(anchor[i][j] - positive[i][j])': 'the difference is only used squared',
    'negation 20:18 anchor[i][j] - negative[i][j] → -(anchor[i][j] - negative[i][j])': 'the difference is only used squared',
  },
});
