import { compareValues, describeShape, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader } from '../src/lib/engine/grader';
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

function explain(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): string | null {
  const cmp = compareValues(got, expected, tol);
  if (cmp.ok) return null;
  const [X, y, batchSize, perm] = args as [number[][], number[], number, number[]];
  const want = expected as Batch[];
  const m = perm.length;
  if (!Array.isArray(got)) return `expected an array of batches (objects { X, y }), got ${describeShape(got)}`;
  const bad = got.findIndex((b) => !b || typeof b !== 'object' || !Array.isArray((b as Batch).X) || !Array.isArray((b as Batch).y));
  if (bad >= 0) return `batch ${bad} should be an object { X, y } with a matrix X and a vector y, got ${describeShape(got[bad])}`;
  const batches = got as Batch[];

  const empty = batches.findIndex((b) => b.X.length === 0 && b.y.length === 0);
  if (empty >= 0 && m > 0) {
    return `batch ${empty} is empty: never return an empty batch (m = ${m} is ${m % batchSize === 0 ? `a multiple of batchSize = ${batchSize}, so there ${want.length === 1 ? 'is exactly 1 full batch' : `are exactly ${want.length} full batches`}` : `cut into ${want.length} batches`}; loop while start < m)`;
  }
  if (batches.length !== want.length) {
    const expectedSizes = `expected ${plural(want.length, 'batch')} (sizes ${sizesOf(want) || 'none'})`;
    const gotSizes = `got ${batches.length}${batches.length ? ` (sizes ${sizesOf(batches)})` : ''}`;
    const rest = m % batchSize;
    const dropped = m > 0 && rest !== 0 && batches.length === Math.floor(m / batchSize);
    if (dropped && batches.length === 0) return `${expectedSizes}, ${gotSizes}: with batchSize = ${batchSize} ≥ m = ${m} there is one batch holding all ${m} shuffled examples`;
    if (dropped) return `${expectedSizes}, ${gotSizes}: the last, smaller batch of the ${rest} leftover example${rest === 1 ? '' : 's'} is missing — keep it`;
    if (m === 0) return `${expectedSizes}, ${gotSizes}: with no examples there is nothing to cut, return []`;
    return `${expectedSizes} for m = ${m} examples cut into batches of ${batchSize}, ${gotSizes}`;
  }
  for (let b = 0; b < want.length; b++) {
    if (batches[b].X.length !== want[b].X.length || batches[b].y.length !== want[b].y.length) {
      return `batch ${b} should hold ${want[b].X.length} example${want[b].X.length === 1 ? '' : 's'} (rows of X and as many labels), got ${batches[b].X.length} rows of X and ${batches[b].y.length} labels (sizes expected ${sizesOf(want)}, got ${sizesOf(batches)})`;
    }
  }

  // Same sizes: which rows of X came out where?
  const rows = batches.flatMap((b) => b.X);
  const labels = batches.flatMap((b) => b.y);
  const where = (k: number) => `position ${k} (batch ${Math.floor(k / batchSize)}, row ${k % batchSize})`;
  const idx = rows.map((r) => rowIndex(X, r));
  if (idx.every((i) => i >= 0)) {
    const inverse = new Array<number>(m);
    perm.forEach((p, k) => (inverse[p] = k));
    const isPerm = (p: number[]) => p.every((v, k) => idx[k] === v);
    const k = idx.findIndex((i, kk) => i !== perm[kk]);
    if (k >= 0) {
      if (isPerm(inverse)) {
        return `${where(k)} holds row ${idx[k]} of X, but it should hold row perm[${k}] = ${perm[k]}: you sent row k to position perm[k] (the inverse permutation); the shuffled data is X[perm], shuffled[k] = X[perm[k]]`;
      }
      if (idx.every((i, kk) => i === kk)) {
        return `the rows of X come out in their original order: shuffle first, position k holds row perm[k] (${where(k)} should hold row ${perm[k]}, not row ${idx[k]})`;
      }
      return `${where(k)} holds row ${idx[k]} of X, but it should hold row perm[${k}] = ${perm[k]}`;
    }
    // X is right: the labels?
    const j = labels.findIndex((v, kk) => v !== y[perm[kk]]);
    if (j >= 0) {
      if (labels.every((v, kk) => v === y[kk]) && perm.some((p, kk) => y[p] !== y[kk])) {
        return `the rows of X are shuffled but the labels are not: y must be shuffled with the same permutation (y[perm]), so that ${where(j)} has label y[${perm[j]}] = ${y[perm[j]]}, not ${labels[j]}`;
      }
      return `${where(j)} holds row ${perm[j]} of X, so its label is y[${perm[j]}] = ${y[perm[j]]}, got ${labels[j]}`;
    }
  }
  return cmp.message ?? 'the batches differ from the expected ones';
}

const check = (id: string, kind: CheckDef['kind'], name: string, args: unknown[]): CheckDef => ({
  id,
  kind,
  name,
  call: 'makeMiniBatches',
  args,
  compare: explain,
});

/** Distinct random rows, labels and a permutation. */
function data(rng: Rng, m: number, n: number): [number[][], number[], number[]] {
  const X = Array.from({ length: m }, () => Array.from({ length: n }, () => rng.round(rng.uniform(-5, 5), 3)));
  const y = Array.from({ length: m }, () => rng.round(rng.uniform(0, 10), 2));
  return [X, y, rng.permutation(m)];
}

const gen = (id: string, kind: CheckDef['kind'], name: string, count: number, shape: (rng: Rng) => { m: number; n: number; batchSize: number }): CheckDef => ({
  id,
  kind,
  name,
  call: 'makeMiniBatches',
  count,
  generate: (rng) => {
    const { m, n, batchSize } = shape(rng);
    const [X, y, perm] = data(rng, m, n);
    return [X, y, batchSize, perm];
  },
  compare: explain,
});

const FIVE_X = [[1, 1], [2, 4], [3, 9], [4, 16], [5, 25]];
const FIVE_Y = [10, 20, 30, 40, 50];
const SIX_X = [[0.5], [1.5], [2.5], [3.5], [4.5], [5.5]];
const SIX_Y = [0, 1, 0, 1, 1, 0];

export default defineGrader({
  checks: [
    check('five-examples-batches-of-two', 'example', 'five examples in batches of 2 (the worked example)', [FIVE_X, FIVE_Y, 2, [3, 0, 4, 1, 2]]),
    check('six-examples-batches-of-three', 'example', 'six examples in batches of 3', [SIX_X, SIX_Y, 3, [2, 5, 0, 3, 1, 4]]),
    check('multiple-of-batch-size', 'edge', 'm = 12 a multiple of batchSize = 4: three full batches, no empty one', [
      [[1, 0], [0, 1], [2, 3], [-1, 4], [5, 5], [0.5, -2], [7, 1], [3, 3], [-4, 0], [6, -6], [9, 2], [1, 8]],
      [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8],
      4,
      [7, 2, 10, 0, 5, 11, 3, 8, 1, 9, 6, 4],
    ]),
    check('batch-size-equals-m', 'edge', 'batchSize = m: one batch holding the whole shuffled set', [FIVE_X, FIVE_Y, 5, [4, 2, 0, 3, 1]]),
    check('batch-size-above-m', 'edge', 'batchSize = 64 larger than m = 5: one batch of 5', [FIVE_X, FIVE_Y, 64, [1, 3, 0, 4, 2]]),
    check('batch-size-one', 'edge', 'batchSize = 1: one batch per example (stochastic gradient descent)', [SIX_X, SIX_Y, 1, [5, 3, 1, 0, 2, 4]]),
    check('identity-permutation', 'edge', 'the identity permutation: the order of X is kept', [SIX_X, SIX_Y, 4, [0, 1, 2, 3, 4, 5]]),
    check('last-batch-of-one', 'edge', 'm = 7 in batches of 3: the last batch holds one example', [
      [[2, -1, 0], [1, 1, 1], [0, 3, -2], [4, 0, 1], [-3, 2, 2], [1, -1, 5], [0, 0, 7]],
      [1, 0, 0, 1, 1, 0, 1],
      3,
      [6, 4, 2, 0, 5, 1, 3],
    ]),
    check('single-example', 'edge', 'a data set of one example', [[[3.5, -1, 2]], [7], 4, [0]]),
    check('no-examples', 'edge', 'no examples (m = 0): no batches', [[], [], 3, []]),
    gen('larger-set', 'hidden', 'forty examples of three features in batches of 8 (a multiple)', 1, () => ({ m: 40, n: 3, batchSize: 8 })),
    gen('uneven-set', 'hidden', 'fifty examples of two features in batches of 16 (last batch of 2)', 1, () => ({ m: 50, n: 2, batchSize: 16 })),
    gen('random', 'random', 'random data, batch size and permutation', 10, (rng) => {
      const m = rng.int(1, 20);
      return { m, n: rng.int(1, 4), batchSize: rng.int(1, m + 2) };
    }),
    gen('random-multiple', 'random', 'random data whose size is a multiple of the batch size', 3, (rng) => {
      const batchSize = rng.int(2, 5);
      return { m: batchSize * rng.int(2, 4), n: rng.int(1, 3), batchSize };
    }),
  ],
});
