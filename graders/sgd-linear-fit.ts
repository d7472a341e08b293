import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';
import { num } from '../src/lib/engine/statistics';

/** The worked example: four points exactly on y = 5x + 7. */
const X4 = [0, 1, 2, 3];
const Y4 = [7, 12, 17, 22];

/**
 * The notes' experiment: m points with x uniform in [lo, hi) and y = 5x + 7 + N(0, noise²);
 * with `digits`, rounded for a readable visible example.
 */
function experiment(rng: Rng, m: number, lo = 0, hi = 2, noise = 0.5, digits?: number): [number[], number[]] {
  const r = (v: number) => (digits === undefined ? v : rng.round(v, digits));
  const x = Array.from({ length: m }, () => r(rng.uniform(lo, hi)));
  const y = x.map((xi) => r(5 * xi + 7 + rng.normal(0, noise)));
  return [x, y];
}

/**
 * Largest eigenvalue of the Hessian of the MSE, (2/m)·[[Σx², Σx], [Σx, m]]: gradient descent is
 * stable for lr < 2/λmax.
 */
function lambdaMax(x: number[]): number {
  const m = x.length;
  const a = (2 / m) * x.reduce((s, v) => s + v * v, 0);
  const c = 2;
  const bOff = (2 / m) * x.reduce((s, v) => s + v, 0);
  return (a + c) / 2 + Math.sqrt(((a - c) / 2) ** 2 + bOff * bOff);
}

/** The least-squares line, in closed form (independent of gradient descent). */
function leastSquares(x: number[], y: number[]): { w: number; b: number } {
  const m = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / m;
  const my = y.reduce((s, v) => s + v, 0) / m;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < m; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const w = sxy / sxx;
  return { w, b: my - w * mx };
}

/** After enough epochs the fit must be the least-squares line, and the losses must never go up. */
function convergedProperty({ got, args }: { got: unknown; args: unknown[] }): GraderText | null {
  const [x, y] = args as [number[], number[]];
  const { w, b, losses } = got as { w: number; b: number; losses: number[] };
  const ls = leastSquares(x, y);
  if (!(Math.abs(w - ls.w) < 1e-3 && Math.abs(b - ls.b) < 1e-3)) {
    return { en: `after this many epochs w and b should be the least-squares line w = ${num(ls.w)}, b = ${num(ls.b)}; yours are w = ${num(w)}, b = ${num(b)}`, zh: `经过这么多 epoch，w 和 b 应是最小二乘直线 w = ${num(ls.w)}、b = ${num(ls.b)}；你的是 w = ${num(w)}、b = ${num(b)}` };
  }
  const up = losses.findIndex((l, e) => e > 0 && l > losses[e - 1] * (1 + 1e-12));
  return up < 0 ? null : { en: `with a small learning rate the loss never goes up, but losses[${up}] > losses[${up - 1}]`, zh: `学习率很小时损失从不上升，但 losses[${up}] > losses[${up - 1}]` };
}

const NON_FINITE = { en: 'the parameters overflowed: check the sign of the update (w −= lr·∂L/∂w) and that the gradient is divided by m', zh: '参数溢出了：请检查更新的符号（w −= lr·∂L/∂w），以及梯度是否除以了 m' };

const fit = { call: 'trainLinear', nonFiniteHint: NON_FINITE } satisfies Partial<CheckDef>;

export default defineGrader({
  checks: [
    { ...fit, id: 'worked-example', kind: 'example', name: { en: 'four points on y = 5x + 7, two epochs (the worked example)', zh: 'y = 5x + 7 上的四个点，两个 epoch（题中例子）' }, args: [X4, Y4, 0.01, 2] },
    {
      id: 'notes-experiment',
      kind: 'example',
      name: { en: 'the notes’ experiment: 20 noisy points around y = 5x + 7, 100 epochs', zh: '笔记中的实验：y = 5x + 7 附近的 20 个带噪声的点，100 个 epoch' },
      call: 'trainLinear',
      generate: (rng) => [...experiment(rng, 20, 0, 2, 0.5, 2), 0.1, 100],
      nonFiniteHint: NON_FINITE,
    },

    // ---- degenerate runs ----
    { ...fit, id: 'zero-epochs', kind: 'edge', name: { en: 'epochs = 0: w = b = 0 and no losses', zh: 'epochs = 0：w = b = 0，没有损失' }, args: [X4, Y4, 0.01, 0] },
    { ...fit, id: 'one-epoch', kind: 'edge', name: { en: 'a single epoch: one loss, one update', zh: '只有一个 epoch：一个损失，一次更新' }, args: [X4, Y4, 0.01, 1] },
    { ...fit, id: 'one-example', kind: 'edge', name: { en: 'a single example', zh: '只有一个样本' }, args: [[2], [3], 0.05, 10] },
    { ...fit, id: 'zero-targets', kind: 'edge', name: { en: 'all targets 0: nothing moves, every loss is 0', zh: '所有目标值为 0：什么都不动，每个损失都是 0' }, args: [[1, -2, 3], [0, 0, 0], 0.1, 5] },
    { ...fit, id: 'zero-lr', kind: 'edge', name: { en: 'lr = 0: w and b stay 0, the loss stays the same', zh: 'lr = 0：w 和 b 保持为 0，损失不变' }, args: [X4, Y4, 0, 4] },
    { ...fit, id: 'constant-x', kind: 'edge', name: { en: 'every x the same (x = 1.5): w and b move together', zh: '所有 x 相同（x = 1.5）：w 和 b 一起移动' }, args: [[1.5, 1.5, 1.5, 1.5], [13, 15, 14.5, 16], 0.05, 30] },
    { ...fit, id: 'negative-x', kind: 'edge', name: { en: 'negative inputs and a negative slope', zh: '负的输入与负的斜率' }, args: [[-3, -2, -1, 0, 1], [4, 2.5, 1, -0.5, -2], 0.05, 25] },
    { ...fit, id: 'lr-too-large', kind: 'edge', name: { en: 'a learning rate too large: the loss grows at every epoch', zh: '学习率太大：损失每个 epoch 都增长' }, args: [[0, 1, 2, 3, 4], [7, 12, 17, 22, 27], 0.2, 12] },
    { ...fit, id: 'noise-free-long', kind: 'hidden', name: { en: 'points exactly on y = 5x + 7, 400 epochs: w → 5, b → 7', zh: '点恰好在 y = 5x + 7 上，400 个 epoch：w → 5，b → 7' }, args: [[0, 0.5, 1, 1.5, 2], [7, 9.5, 12, 14.5, 17], 0.1, 400], property: convergedProperty },

    // ---- the notes' experiment, at scale ----
    {
      id: 'experiment-converges',
      kind: 'hidden',
      name: { en: 'the notes’ experiment with 50 points, 600 epochs: the least-squares line', zh: '笔记中的实验，50 个点、600 个 epoch：最小二乘直线' },
      call: 'trainLinear',
      generate: (rng) => [...experiment(rng, 50), 0.2, 600],
      property: convergedProperty,
      nonFiniteHint: NON_FINITE,
    },
    {
      id: 'experiment-wide-x',
      kind: 'hidden',
      name: { en: 'the experiment with x in [0, 10) and a small learning rate', zh: 'x 在 [0, 10) 中、学习率很小的实验' },
      call: 'trainLinear',
      generate: (rng) => [...experiment(rng, 30, 0, 10, 2), 0.005, 60],
      nonFiniteHint: NON_FINITE,
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random lines, noise and learning rates', zh: '随机的直线、噪声与学习率' },
      call: 'trainLinear',
      count: 8,
      generate: (rng) => {
        const m = rng.int(1, 30);
        const lo = rng.uniform(-5, 3);
        const x = Array.from({ length: m }, () => rng.uniform(lo, lo + rng.uniform(0.5, 4)));
        const a = rng.uniform(-6, 6);
        const c = rng.uniform(-10, 10);
        const y = x.map((xi) => a * xi + c + rng.normal(0, rng.pick([0, 0.1, 1])));
        const lr = (rng.uniform(0.05, 0.95) * 2) / lambdaMax(x);
        return [x, y, lr, rng.int(1, 60)];
      },
      nonFiniteHint: NON_FINITE,
    },
  ],
});
