import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// Two houses (size in 1000 sq ft → price in $1000s).
const HOUSES_X = [[1.0], [2.0]];
const HOUSES_Y = [300, 500];
// The worked example: three examples, one centred feature.
const SMALL_X = [[-1], [0], [1]];
const SMALL_Y = [1, 2, 4];

/**
 * Largest eigenvalue of the Hessian of J, (1/m)·AᵀA with A = [1, X], by power iteration.
 * Gradient descent on J is stable for alpha < 2/λmax.
 */
function lambdaMax(X: number[][]): number {
  const m = X.length;
  const k = X[0].length + 1;
  // H = (1/m)·AᵀA once (k ≤ 4), then power iteration on H: a grading generates several of these.
  const H = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const r of X) {
    const a = [1, ...r];
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) H[i][j] += (a[i] * a[j]) / m;
  }
  let v = Array.from({ length: k }, (_, i) => 1 + i * 0.1);
  let lambda = 0;
  const Hv = new Array<number>(k);
  for (let it = 0; it < 500; it++) {
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += H[i][j] * v[j];
      Hv[i] = s;
    }
    lambda = Math.hypot(...Hv);
    v = Hv.map((x) => x / lambda);
  }
  return lambda;
}

/** Random data and a learning rate from 0.2 to 1.15 times the stability limit 2/λmax. */
function randomRun(rng: Rng): unknown[] {
  const m = rng.int(2, 15);
  const n = rng.int(1, 3);
  const X = rng.matrix(m, n, -2, 2);
  const wTrue = rng.vector(n, -2, 2);
  const bTrue = rng.uniform(-1, 1);
  const y = X.map((r) => r.reduce((s, x, j) => s + x * wTrue[j], bTrue) + rng.normal(0, 0.5));
  const alpha = (rng.uniform(0.2, 1.15) * 2) / lambdaMax(X);
  const epsilon = rng.pick([1e-3, 1e-4, 1e-6]);
  return [X, y, rng.vector(n, -1, 1), rng.uniform(-1, 1), alpha, epsilon, rng.int(20, 300)];
}

export default defineGrader({
  checks: [
    {
      id: 'small-converges',
      kind: 'example',
      name: { en: 'three examples, a good learning rate: converges after 6 updates (the worked example)', zh: '三个样本、合适的学习率：6 次更新后收敛（例题）' },
      call: 'runUntilConverged',
      args: [SMALL_X, SMALL_Y, [0], 0, 0.5, 0.01, 100],
    },
    {
      id: 'diverges-first-update',
      kind: 'example',
      name: { en: 'two houses, alpha = 0.9: the cost goes up at the first update', zh: '两套房子、alpha = 0.9：第一次更新代价就上升' },
      call: 'runUntilConverged',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.9, 1, 100],
    },
    {
      id: 'diverges-later',
      kind: 'edge',
      name: { en: 'alpha slightly too large: the cost goes down for 11 updates, then up', zh: 'alpha 略大：代价先下降 11 次更新，然后上升' },
      call: 'runUntilConverged',
      // the first feature is orthogonal to [1, x2] and has Hessian eigenvalue 4: alpha = 0.52 > 2/4
      args: [[[2, 0], [-2, 1], [2, 1], [-2, 0]], [1, 2, 3, 0], [0.2, 0], 0, 0.52, 1e-6, 200],
    },
    {
      id: 'max-iters-zero',
      kind: 'edge',
      name: { en: 'maxIters = 0: no update, w0 and b0 back, iters 0, both flags false', zh: 'maxIters = 0：不更新，返回 w0 和 b0，iters 为 0，两个标志都为 false' },
      call: 'runUntilConverged',
      args: [SMALL_X, SMALL_Y, [0.5], -1, 0.5, 0.01, 0],
    },
    {
      id: 'stops-at-max-iters',
      kind: 'edge',
      name: { en: 'maxIters reached before converging: both flags false', zh: '收敛前就达到 maxIters：两个标志都为 false' },
      call: 'runUntilConverged',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.1, 1, 10],
    },
    {
      id: 'alpha-zero',
      kind: 'edge',
      name: { en: 'alpha = 0: the cost does not change, a decrease of 0 < epsilon converges after 1 update', zh: 'alpha = 0：代价不变，下降量 0 < epsilon，1 次更新后收敛' },
      call: 'runUntilConverged',
      args: [SMALL_X, SMALL_Y, [1], 1, 0, 1e-3, 50],
    },
    {
      id: 'at-optimum',
      kind: 'edge',
      name: { en: 'starting at the least-squares optimum: converged after 1 update, nothing moved', zh: '从最小二乘最优点出发：1 次更新后收敛，什么都没动' },
      call: 'runUntilConverged',
      // errors f − y = [−1, 2, −1] sum to 0 and are orthogonal to x: the gradient is exactly 0
      args: [[[0], [1], [2]], [2, 1, 6], [2], 1, 0.1, 1e-6, 50],
    },
    {
      id: 'epsilon-zero-no-change',
      kind: 'edge',
      name: { en: 'alpha = 0 and epsilon = 0: a decrease of 0 is not < 0 and not a rise, so it runs to maxIters', zh: 'alpha = 0 且 epsilon = 0：下降量 0 既不 < 0 也不是上升，所以一直运行到 maxIters' },
      call: 'runUntilConverged',
      args: [SMALL_X, SMALL_Y, [1], 1, 0, 0, 5],
    },
    {
      id: 'decrease-exactly-epsilon',
      kind: 'edge',
      name: { en: 'the first decrease equals epsilon exactly: not converged yet (the test is strict)', zh: '第一次的下降量恰好等于 epsilon：尚未收敛（判断用严格不等号）' },
      call: 'runUntilConverged',
      // every number here is a short binary fraction: the cost goes 0.5 → 0.125 → 0.03125 exactly
      args: [[[1]], [0], [1], 0, 0.25, 0.375, 10],
    },
    {
      id: 'decrease-exactly-epsilon-two-features',
      kind: 'edge',
      name: { en: 'two features, the first decrease equals epsilon exactly (1275/2048)', zh: '两个特征、第一次的下降量恰好等于 epsilon（1275/2048）' },
      call: 'runUntilConverged',
      args: [[[1, 0], [0, 1], [1, 1], [-1, 1]], [1, 2, 2, 0], [0, 0], 0, 0.25, 1275 / 2048, 10],
    },
    {
      id: 'converges-on-last-allowed-update',
      kind: 'edge',
      name: { en: 'the update that converges is update maxIters: converged is true', zh: '收敛发生在第 maxIters 次更新：converged 为 true' },
      call: 'runUntilConverged',
      args: [[[1]], [0], [1], 0, 0.25, 0.375, 2],
    },
    {
      id: 'batch-of-one',
      kind: 'edge',
      name: { en: 'a batch of one example', zh: '只有一个样本的批量' },
      call: 'runUntilConverged',
      args: [[[2, -1]], [3], [0.5, 0.5], 0, 0.1, 1e-6, 100],
    },
    {
      id: 'stops-early-slow-direction',
      kind: 'hidden',
      name: { en: 'two houses, alpha = 0.1, epsilon = 1: stops while w is still far from 200', zh: '两套房子、alpha = 0.1、epsilon = 1：停下时 w 离 200 还很远' },
      call: 'runUntilConverged',
      args: [HOUSES_X, HOUSES_Y, [0], 0, 0.1, 1, 1000],
    },
    {
      id: 'many-examples',
      kind: 'hidden',
      name: { en: 'twelve examples, three features, a tight epsilon', zh: '十二个样本、三个特征、很小的 epsilon' },
      call: 'runUntilConverged',
      generate: (rng) => {
        const X = rng.matrix(12, 3, -1, 1);
        const y = X.map((r) => 2 * r[0] - r[1] + 0.5 * r[2] + 3 + rng.normal(0, 0.2));
        return [X, y, [0, 0, 0], 0, 0.6, 1e-8, 3000];
      },
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data and learning rates (some too large)', zh: '随机数据和学习率（有些太大）' },
      call: 'runUntilConverged',
      count: 10,
      generate: randomRun,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'constant 4:13 0 → 1': 'the cost enters the result only through differences of consecutive costs, which a constant 1/(2m) leaves unchanged',
    'boundary 22:23 < → <=': 'the extra entry dw[n] (NaN) is never read: the update maps over w',
  },
});
