import { compareValues, describeShape, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The verdict is always the plain value comparison with the reference; the explanations below
// only say, in the learner's terms, what is wrong: how many batches and of which sizes, and
// which row of X sits where (rows of the test data are distinct, so each one can be named).

type Batch = { X: number[][]; y: number[] };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 'es'}`;
const sizesOf = (bs: unknown[]) =>
  bs.map((b) => (b && typeof b === 'object' && Array.isArray((b as Batch).X) ? String((b as Batch).X.length) : '?')).join(', ');

/** Which row of X equals `row` exactly (−1 when none). */
function rowIndex(X: number[][], row: unknown): number {
  if (!Array.isArray(row)) return -1;
  return X.findIndex((r) => r.length === row.length && r.every((v, j) => v === row[j]));
}

function explain(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const cmp = compareValues(got, expected, tol);
  if (cmp.ok) return null;
  const [X, y, batchSize, perm] = args as [number[][], number[], number, number[]];
  const want = expected as Batch[];
  const m = perm.length;
  if (!Array.isArray(got)) return { en: `expected an array of batches (objects { X, y }), got ${describeShape(got)}`, zh: `应为批次数组（对象 { X, y }），实际得到 ${describeShape(got)}` };
  const bad = got.findIndex((b) => !b || typeof b !== 'object' || !Array.isArray((b as Batch).X) || !Array.isArray((b as Batch).y));
  if (bad >= 0) return { en: `batch ${bad} should be an object { X, y } with a matrix X and a vector y, got ${describeShape(got[bad])}`, zh: `批次 ${bad} 应是对象 { X, y }，其中 X 是矩阵、y 是向量，实际得到 ${describeShape(got[bad])}` };
  const batches = got as Batch[];

  const empty = batches.findIndex((b) => b.X.length === 0 && b.y.length === 0);
  if (empty >= 0 && m > 0) {
    return { en: `batch ${empty} is empty: never return an empty batch (m = ${m} is ${m % batchSize === 0 ? `a multiple of batchSize = ${batchSize}, so there ${want.length === 1 ? 'is exactly 1 full batch' : `are exactly ${want.length} full batches`}` : `cut into ${want.length} batches`}; loop while start < m)`, zh: `批次 ${empty} 是空的：决不要返回空批次（m = ${m} ${m % batchSize === 0 ? `是 batchSize = ${batchSize} 的倍数，所以恰好有 ${want.length} 个完整批次` : `切成 ${want.length} 个批次`}；循环条件是 start < m）` };
  }
  if (batches.length !== want.length) {
    const expectedSizes = { en: `expected ${plural(want.length, 'batch')} (sizes ${sizesOf(want) || 'none'})`, zh: `应有 ${want.length} 个批次（大小 ${sizesOf(want) || '无'}）` };
    const gotSizes = { en: `got ${batches.length}${batches.length ? ` (sizes ${sizesOf(batches)})` : ''}`, zh: `实际得到 ${batches.length} 个${batches.length ? `（大小 ${sizesOf(batches)}）` : ''}` };
    const rest = m % batchSize;
    const dropped = m > 0 && rest !== 0 && batches.length === Math.floor(m / batchSize);
    if (dropped && batches.length === 0) return { en: `${expectedSizes.en}, ${gotSizes.en}: with batchSize = ${batchSize} ≥ m = ${m} there is one batch holding all ${m} shuffled examples`, zh: `${expectedSizes.zh}，${gotSizes.zh}：batchSize = ${batchSize} ≥ m = ${m} 时只有一个批次，装着全部 ${m} 个打乱后的样本` };
    if (dropped) return { en: `${expectedSizes.en}, ${gotSizes.en}: the last, smaller batch of the ${rest} leftover example${rest === 1 ? '' : 's'} is missing — keep it`, zh: `${expectedSizes.zh}，${gotSizes.zh}：缺少最后那个较小的批次（剩下的 ${rest} 个样本）——要保留它` };
    if (m === 0) return { en: `${expectedSizes.en}, ${gotSizes.en}: with no examples there is nothing to cut, return []`, zh: `${expectedSizes.zh}，${gotSizes.zh}：没有样本就没有东西可切，返回 []` };
    return { en: `${expectedSizes.en} for m = ${m} examples cut into batches of ${batchSize}, ${gotSizes.en}`, zh: `m = ${m} 个样本切成大小为 ${batchSize} 的批次，${expectedSizes.zh}，${gotSizes.zh}` };
  }
  for (let b = 0; b < want.length; b++) {
    if (batches[b].X.length !== want[b].X.length || batches[b].y.length !== want[b].y.length) {
      return { en: `batch ${b} should hold ${want[b].X.length} example${want[b].X.length === 1 ? '' : 's'} (rows of X and as many labels), got ${batches[b].X.length} rows of X and ${batches[b].y.length} labels (sizes expected ${sizesOf(want)}, got ${sizesOf(batches)})`, zh: `批次 ${b} 应含 ${want[b].X.length} 个样本（X 的行数与标签数相同），实际得到 X 的 ${batches[b].X.length} 行和 ${batches[b].y.length} 个标签（应有大小 ${sizesOf(want)}，实际 ${sizesOf(batches)}）` };
    }
  }

  // Same sizes: which rows of X came out where?
  const rows = batches.flatMap((b) => b.X);
  const labels = batches.flatMap((b) => b.y);
  const where = (k: number) => ({ en: `position ${k} (batch ${Math.floor(k / batchSize)}, row ${k % batchSize})`, zh: `位置 ${k}（批次 ${Math.floor(k / batchSize)}，第 ${k % batchSize} 行）` });
  const idx = rows.map((r) => rowIndex(X, r));
  if (idx.every((i) => i >= 0)) {
    const inverse = new Array<number>(m);
    perm.forEach((p, k) => (inverse[p] = k));
    const isPerm = (p: number[]) => p.every((v, k) => idx[k] === v);
    const k = idx.findIndex((i, kk) => i !== perm[kk]);
    if (k >= 0) {
      if (isPerm(inverse)) {
        return { en: `${where(k).en} holds row ${idx[k]} of X, but it should hold row perm[${k}] = ${perm[k]}: you sent row k to position perm[k] (the inverse permutation); the shuffled data is X[perm], shuffled[k] = X[perm[k]]`, zh: `${where(k).zh}放的是 X 的第 ${idx[k]} 行，但应是第 perm[${k}] = ${perm[k]} 行：你把第 k 行放到了位置 perm[k]（逆置换）；打乱后的数据是 X[perm]，shuffled[k] = X[perm[k]]` };
      }
      if (idx.every((i, kk) => i === kk)) {
        return { en: `the rows of X come out in their original order: shuffle first, position k holds row perm[k] (${where(k).en} should hold row ${perm[k]}, not row ${idx[k]})`, zh: `X 的行保持了原来的顺序：要先打乱，位置 k 放第 perm[k] 行（${where(k).zh}应放第 ${perm[k]} 行，而不是第 ${idx[k]} 行）` };
      }
      return { en: `${where(k).en} holds row ${idx[k]} of X, but it should hold row perm[${k}] = ${perm[k]}`, zh: `${where(k).zh}放的是 X 的第 ${idx[k]} 行，但应是第 perm[${k}] = ${perm[k]} 行` };
    }
    // X is right: the labels?
    const j = labels.findIndex((v, kk) => v !== y[perm[kk]]);
    if (j >= 0) {
      if (labels.every((v, kk) => v === y[kk]) && perm.some((p, kk) => y[p] !== y[kk])) {
        return { en: `the rows of X are shuffled but the labels are not: y must be shuffled with the same permutation (y[perm]), so that ${where(j).en} has label y[${perm[j]}] = ${y[perm[j]]}, not ${labels[j]}`, zh: `X 的行打乱了，标签却没有：y 必须用同一个置换打乱（y[perm]），使${where(j).zh}的标签为 y[${perm[j]}] = ${y[perm[j]]}，而不是 ${labels[j]}` };
      }
      return { en: `${where(j).en} holds row ${perm[j]} of X, so its label is y[${perm[j]}] = ${y[perm[j]]}, got ${labels[j]}`, zh: `${where(j).zh}放的是 X 的第 ${perm[j]} 行，所以它的标签是 y[${perm[j]}] = ${y[perm[j]]}，实际得到 ${labels[j]}` };
    }
  }
  return cmp.text ?? { en: 'the batches differ from the expected ones', zh: '这些批次与期望的不同' };
}

const batches = { call: 'makeMiniBatches', compare: explain } satisfies Partial<CheckDef>;

/** Distinct random rows, labels and a permutation. */
function data(rng: Rng, m: number, n: number): [number[][], number[], number[]] {
  const X = Array.from({ length: m }, () => Array.from({ length: n }, () => rng.round(rng.uniform(-5, 5), 3)));
  const y = Array.from({ length: m }, () => rng.round(rng.uniform(0, 10), 2));
  return [X, y, rng.permutation(m)];
}

/** Random data of a drawn shape: (X, y, batchSize, perm). */
const randomData = (shape: (rng: Rng) => { m: number; n: number; batchSize: number }) => (rng: Rng) => {
  const { m, n, batchSize } = shape(rng);
  const [X, y, perm] = data(rng, m, n);
  return [X, y, batchSize, perm];
};

const FIVE_X = [[1, 1], [2, 4], [3, 9], [4, 16], [5, 25]];
const FIVE_Y = [10, 20, 30, 40, 50];
const SIX_X = [[0.5], [1.5], [2.5], [3.5], [4.5], [5.5]];
const SIX_Y = [0, 1, 0, 1, 1, 0];

export default defineGrader({
  checks: [
    { ...batches, id: 'five-examples-batches-of-two', kind: 'example', name: { en: 'five examples in batches of 2 (the worked example)', zh: '五个样本，批大小 2（题中例子）' }, args: [FIVE_X, FIVE_Y, 2, [3, 0, 4, 1, 2]] },
    { ...batches, id: 'six-examples-batches-of-three', kind: 'example', name: { en: 'six examples in batches of 3', zh: '六个样本，批大小 3' }, args: [SIX_X, SIX_Y, 3, [2, 5, 0, 3, 1, 4]] },
    {
      ...batches,
      id: 'multiple-of-batch-size',
      kind: 'edge',
      name: { en: 'm = 12 a multiple of batchSize = 4: three full batches, no empty one', zh: 'm = 12 是 batchSize = 4 的倍数：三个完整批次，没有空批次' },
      args: [
        [[1, 0], [0, 1], [2, 3], [-1, 4], [5, 5], [0.5, -2], [7, 1], [3, 3], [-4, 0], [6, -6], [9, 2], [1, 8]],
        [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8],
        4,
        [7, 2, 10, 0, 5, 11, 3, 8, 1, 9, 6, 4],
      ],
    },
    { ...batches, id: 'batch-size-equals-m', kind: 'edge', name: { en: 'batchSize = m: one batch holding the whole shuffled set', zh: 'batchSize = m：一个批次装下整个打乱后的数据集' }, args: [FIVE_X, FIVE_Y, 5, [4, 2, 0, 3, 1]] },
    { ...batches, id: 'batch-size-above-m', kind: 'edge', name: { en: 'batchSize = 64 larger than m = 5: one batch of 5', zh: 'batchSize = 64 大于 m = 5：一个大小为 5 的批次' }, args: [FIVE_X, FIVE_Y, 64, [1, 3, 0, 4, 2]] },
    { ...batches, id: 'batch-size-one', kind: 'edge', name: { en: 'batchSize = 1: one batch per example (stochastic gradient descent)', zh: 'batchSize = 1：每个样本一个批次（随机梯度下降）' }, args: [SIX_X, SIX_Y, 1, [5, 3, 1, 0, 2, 4]] },
    { ...batches, id: 'identity-permutation', kind: 'edge', name: { en: 'the identity permutation: the order of X is kept', zh: '恒等置换：X 的顺序不变' }, args: [SIX_X, SIX_Y, 4, [0, 1, 2, 3, 4, 5]] },
    {
      ...batches,
      id: 'last-batch-of-one',
      kind: 'edge',
      name: { en: 'm = 7 in batches of 3: the last batch holds one example', zh: 'm = 7，批大小 3：最后一个批次只有一个样本' },
      args: [
        [[2, -1, 0], [1, 1, 1], [0, 3, -2], [4, 0, 1], [-3, 2, 2], [1, -1, 5], [0, 0, 7]],
        [1, 0, 0, 1, 1, 0, 1],
        3,
        [6, 4, 2, 0, 5, 1, 3],
      ],
    },
    { ...batches, id: 'single-example', kind: 'edge', name: { en: 'a data set of one example', zh: '只有一个样本的数据集' }, args: [[[3.5, -1, 2]], [7], 4, [0]] },
    { ...batches, id: 'no-examples', kind: 'edge', name: { en: 'no examples (m = 0): no batches', zh: '没有样本（m = 0）：没有批次' }, args: [[], [], 3, []] },
    { ...batches, id: 'larger-set', kind: 'hidden', name: { en: 'forty examples of three features in batches of 8 (a multiple)', zh: '四十个三特征样本，批大小 8（整除）' }, count: 1, generate: randomData(() => ({ m: 40, n: 3, batchSize: 8 })) },
    { ...batches, id: 'uneven-set', kind: 'hidden', name: { en: 'fifty examples of two features in batches of 16 (last batch of 2)', zh: '五十个两特征样本，批大小 16（最后一批 2 个）' }, count: 1, generate: randomData(() => ({ m: 50, n: 2, batchSize: 16 })) },
    {
      ...batches,
      id: 'random',
      kind: 'random',
      name: { en: 'random data, batch size and permutation', zh: '随机的数据、批大小与置换' },
      count: 10,
      generate: randomData((rng) => {
      const m = rng.int(1, 20);
      return { m, n: rng.int(1, 4), batchSize: rng.int(1, m + 2) };
    }),
    },
    {
      ...batches,
      id: 'random-multiple',
      kind: 'random',
      name: { en: 'random data whose size is a multiple of the batch size', zh: '样本数是批大小倍数的随机数据' },
      count: 3,
      generate: randomData((rng) => {
      const batchSize = rng.int(2, 5);
      return { m: batchSize * rng.int(2, 4), n: rng.int(1, 3), batchSize };
    }),
    },
  ],
});
