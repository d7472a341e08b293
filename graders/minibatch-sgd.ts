import { defineGrader, type GraderText } from '../src/lib/engine/grader';
import { text } from '../src/lib/engine/kit';
import { Rng } from '../src/lib/engine/random';

// Runs with a smaller last batch, batches that divide m exactly, batch size 1 (pure SGD), batch
// sizes of m and above (full-batch gradient descent), a different permutation every epoch (so
// the order matters), no epochs at all, a single example, and random runs. One property holds a
// batch size above m against full-batch gradient descent computed here. Which known mistake a
// learner made is recognised from reference/minibatch-sgd/mistakes.ts.

type Run = { w: number[]; b: number; history: number[] };

/** Data near a line with a known slope, rounded so the inputs read well. */
function lineData(rng: Rng, m: number, n: number): { X: number[][]; y: number[] } {
  const wTrue = Array.from({ length: n }, () => rng.round(rng.uniform(-3, 3), 1));
  const X = Array.from({ length: m }, () => Array.from({ length: n }, () => rng.round(rng.uniform(-2, 2), 2)));
  const y = X.map((x) => rng.round(x.reduce((s, v, j) => s + v * wTrue[j], 1.5) + rng.normal(0, 0.3), 2));
  return { X, y };
}

const perms = (rng: Rng, m: number, epochs: number) => Array.from({ length: epochs }, () => rng.permutation(m));

const data = new Rng(20261206);
const CURVE = lineData(data, 10, 2);
const CURVE_PERMS = perms(data, 10, 25);
const MID = lineData(data, 7, 3);
const MID_PERMS = perms(data, 7, 3);
const EVEN = lineData(data, 6, 2);
const EVEN_PERMS = perms(data, 6, 2);

/** Full-batch gradient descent, the chapter-1 way, for the property. */
function gradientDescent(X: number[][], y: number[], w0: number[], b0: number, alpha: number, epochs: number): Run {
  const m = X.length;
  const J = (w: number[], b: number) => X.reduce((s, x, i) => s + (x.reduce((f, v, j) => f + v * w[j], b) - y[i]) ** 2, 0) / (2 * m);
  let w = w0.slice();
  let b = b0;
  const history = [J(w, b)];
  for (let e = 0; e < epochs; e++) {
    const err = X.map((x, i) => x.reduce((f, v, j) => f + v * w[j], b) - y[i]);
    w = w.map((wj, j) => wj - (alpha / m) * err.reduce((s, r, i) => s + r * X[i][j], 0));
    b -= (alpha / m) * err.reduce((s, r) => s + r, 0);
    history.push(J(w, b));
  }
  return { w, b, history };
}

function matchesGradientDescent({ got, args }: { got: unknown; args: unknown[] }): GraderText | null {
  const [X, y, w0, b0, alpha, , ps] = args as [number[][], number[], number[], number, number, number, number[][]];
  const want = gradientDescent(X, y, w0, b0, alpha, ps.length);
  const g = got as Run;
  if (!g || !Array.isArray(g.w) || typeof g.b !== 'number' || !Array.isArray(g.history)) return null; // the value comparison reports the shape
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 + 1e-6 * Math.abs(b);
  const ok = g.w.length === want.w.length && g.w.every((v, j) => close(v, want.w[j])) && close(g.b, want.b);
  if (ok) return null;
  return text(
    `with a batch size larger than m every epoch is one step of full-batch gradient descent, which ends at w = [${want.w.join(', ')}], b = ${want.b}; yours ends at w = [${g.w.join(', ')}], b = ${g.b}`,
    `批次大小大于 m 时，每一轮就是一步全批量梯度下降，结果应为 w = [${want.w.join(', ')}]，b = ${want.b}；你的结果为 w = [${g.w.join(', ')}]，b = ${g.b}`,
  );
}

export default defineGrader({
  checks: [
    {
      id: 'by-hand',
      kind: 'example',
      name: text('the worked example: 3 examples, batches of 2 (the last has 1), one epoch with perm [2, 0, 1]', '例子：3 个样本，批次大小 2（最后一个只有 1 个），一轮，perm 为 [2, 0, 1]'),
      call: 'miniBatchSGD',
      args: [[[1], [2], [3]], [2, 3, 5], [0], 0, 0.1, 2, [[2, 0, 1]]],
    },
    {
      id: 'cost-curve',
      kind: 'example',
      name: text('25 epochs on 10 examples with 2 features, batches of 4, 4 and 2: the cost per epoch', '10 个样本、2 个特征，批次为 4、4、2，训练 25 轮：每轮的代价'),
      call: 'miniBatchSGD',
      args: [CURVE.X, CURVE.y, [0, 0], 0, 0.1, 4, CURVE_PERMS],
    },
    {
      id: 'three-features',
      kind: 'hidden',
      name: text('7 examples, 3 features, batches of 3, 3 and 1, three epochs from non-zero w0, b0', '7 个样本、3 个特征，批次为 3、3、1，从非零的 w0、b0 训练三轮'),
      call: 'miniBatchSGD',
      args: [MID.X, MID.y, [0.5, -1, 0.25], 2, 0.05, 3, MID_PERMS],
    },
    {
      id: 'even-batches',
      kind: 'hidden',
      name: text('6 examples in batches of 2: no smaller last batch', '6 个样本，批次大小 2：没有较小的最后批次'),
      call: 'miniBatchSGD',
      args: [EVEN.X, EVEN.y, [0, 0], 0, 0.2, 2, EVEN_PERMS],
    },
    {
      id: 'order-matters',
      kind: 'hidden',
      name: text('two epochs with different, non-self-inverse permutations', '两轮，使用不同的、非自逆的排列'),
      call: 'miniBatchSGD',
      args: [[[1, 0], [0, 2], [-1, 1], [2, -1], [0.5, 0.5]], [1, 4, 0, 3, 2], [0, 0], 0, 0.1, 2, [[1, 2, 3, 4, 0], [3, 0, 4, 1, 2]]],
    },
    {
      id: 'pure-sgd',
      kind: 'edge',
      name: text('batchSize 1: one update per example', 'batchSize 为 1：每个样本更新一次'),
      call: 'miniBatchSGD',
      args: [MID.X, MID.y, [0, 0, 0], 0, 0.05, 1, MID_PERMS.slice(0, 2)],
    },
    {
      id: 'batch-equals-m',
      kind: 'edge',
      name: text('batchSize = m: full-batch gradient descent', 'batchSize = m：全批量梯度下降'),
      call: 'miniBatchSGD',
      args: [EVEN.X, EVEN.y, [1, -1], 0.5, 0.1, 6, EVEN_PERMS],
    },
    {
      id: 'batch-above-m',
      kind: 'edge',
      name: text('batchSize 10 for 7 examples: one batch of 7', '7 个样本、batchSize 为 10：一个 7 个样本的批次'),
      call: 'miniBatchSGD',
      args: [MID.X, MID.y, [0, 0, 0], 0, 0.1, 10, MID_PERMS],
    },
    {
      id: 'no-epochs',
      kind: 'edge',
      name: text('perms = []: no training, history is [J(w0, b0)]', 'perms = []：不训练，history 为 [J(w0, b0)]'),
      call: 'miniBatchSGD',
      args: [MID.X, MID.y, [0.5, -1, 0.25], 2, 0.1, 3, []],
    },
    {
      id: 'one-example',
      kind: 'edge',
      name: text('a single example (m = 1) for three epochs', '单个样本（m = 1），训练三轮'),
      call: 'miniBatchSGD',
      args: [[[2, -1]], [3], [0, 0], 0, 0.1, 4, [[0], [0], [0]]],
    },
    {
      id: 'last-batch-of-one',
      kind: 'edge',
      name: text('9 examples in batches of 4: a last batch of 1', '9 个样本，批次大小 4：最后一个批次只有 1 个'),
      call: 'miniBatchSGD',
      args: [CURVE.X.slice(0, 9), CURVE.y.slice(0, 9), [0.3, 0.3], -0.2, 0.15, 4, [[8, 3, 0, 5, 1, 7, 2, 6, 4], [4, 6, 2, 7, 1, 5, 0, 3, 8]]],
    },
    {
      id: 'full-batch-law',
      kind: 'property',
      name: text('a batch size above m is full-batch gradient descent, whatever the permutations', '批次大小大于 m 时就是全批量梯度下降，与排列无关'),
      call: 'miniBatchSGD',
      args: [EVEN.X, EVEN.y, [0.2, 0.1], -0.3, 0.3, 8, [...EVEN_PERMS, [5, 4, 3, 2, 1, 0]]],
      property: matchesGradientDescent,
    },
    {
      id: 'random',
      kind: 'random',
      name: text('random data, batch sizes and permutations', '随机的数据、批次大小和排列'),
      call: 'miniBatchSGD',
      count: 8,
      generate: (rng) => {
        const m = rng.int(1, 12);
        const n = rng.int(1, 4);
        const { X, y } = lineData(rng, m, n);
        return [X, y, rng.vector(n, -1, 1), rng.uniform(-1, 1), rng.uniform(0.01, 0.2), rng.int(1, m + 2), perms(rng, m, rng.int(1, 5))];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'negation 12:17 predictOne(X[i], w, b) - y[i] → -(predictOne(X[i], w, b) - y[i])': 'the cost squares the error, so its sign does not matter',
    'arguments 12:28 X[i], w → w, X[i]': 'x and w both have n entries: the same products over the same indices',
    'arguments 41:32 X[i], w → w, X[i]': 'x and w both have n entries: the same products over the same indices',
    'boundary 42:27 < → <=': 'dw[n] (NaN) is written but never read: w is updated from dw[0…n−1] only',
  },
});
