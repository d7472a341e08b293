import { type CheckDef, defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// ---- stepDecay ---------------------------------------------------------------------------

/** The whole schedule of epochs 0..epochs−1, one stepDecay call per epoch. */
const SCHEDULE = `(m, epochs, lr0, dropEvery, factor) => {
  const lrs = [];
  for (let e = 0; e < epochs; e++) lrs.push(m.stepDecay(e, lr0, dropEvery, factor));
  return lrs;
}`;

const decay = { call: 'stepDecay' } satisfies Partial<CheckDef>;

// ---- reduceOnPlateau ---------------------------------------------------------------------

const plateau = { call: 'reduceOnPlateau' } satisfies Partial<CheckDef>;

/** n equal losses. */
const flat = (n: number, value = 0.5) => new Array(n).fill(value);

/** Losses that shrink by the relative amount `rel` every epoch, from `start`. */
const shrinking = (n: number, start: number, rel: number) => Array.from({ length: n }, (_, e) => start * (1 - rel) ** e);

/**
 * A training curve: fast decrease, then a noisy plateau, sometimes a second drop. Late in the
 * curve the base value repeats exactly, so the relative noise is a multiple of 1.37e-3: no
 * difference of two noise levels equals one of the thresholds, and no comparison falls within
 * rounding of the boundary loss = best·(1 − threshold), where correct solutions written as
 * `best − loss > best·threshold` could round the other way.
 */
function curve(rng: Rng, n: number): number[] {
  const floor = rng.uniform(0.05, 1);
  const drop = rng.uniform(0.5, 3);
  const speed = rng.uniform(0.1, 1);
  const secondAt = rng.random() < 0.5 ? rng.int(0, n) : n;
  return Array.from({ length: n }, (_, e) => {
    const base = floor * (e >= secondAt ? 0.5 : 1) + drop * Math.exp(-speed * e);
    return base * (1 + rng.int(-15, 15) * 1.37e-3);
  });
}

function randomOptions(rng: Rng): Record<string, number> {
  const o: Record<string, number> = {};
  if (rng.random() < 0.7) o.patience = rng.int(0, 5);
  if (rng.random() < 0.5) o.factor = rng.pick([0.1, 0.5, 0.2, rng.uniform(0.05, 0.9)]);
  if (rng.random() < 0.5) o.threshold = rng.pick([0, 1e-4, 1e-3, 0.01, 0.05]);
  if (rng.random() < 0.3) o.minLr = rng.pick([1e-4, 1e-3, 5e-3]);
  return o;
}

export default defineGrader({
  // Learning rates are products of lr0 and factors: any correct order of multiplication agrees to
  // ~1e-15 relative. No absolute slack: rates of 1e-8 and 1e-9 must differ.
  tolerance: { rtol: 1e-9, atol: 0 },
  checks: [
    { ...plateau, id: 'plateau-worked-example', kind: 'example', name: { en: 'eight epochs, patience 2 (the worked example)', zh: '八轮，patience 2（题中例子）' }, args: [[1.0, 0.9, 0.95, 0.92, 0.91, 0.93, 0.89, 0.9], 0.1, { patience: 2 }] },
    { ...decay, id: 'step-decay-worked-example', kind: 'example', name: { en: 'step decay at epoch 25, halving every 10 epochs (the worked example)', zh: '第 25 轮的阶梯衰减，每 10 轮减半（题中例子）' }, args: [25, 0.1, 10, 0.5] },

    // ---- stepDecay ----
    { ...decay, id: 'step-epoch-zero', kind: 'edge', name: { en: 'epoch 0: lr0', zh: '第 0 轮：lr0' }, args: [0, 0.05, 3, 0.1] },
    { ...decay, id: 'step-just-before-drop', kind: 'edge', name: { en: 'epoch dropEvery − 1: no drop yet', zh: '第 dropEvery − 1 轮：还没有下降' }, args: [9, 0.1, 10, 0.5] },
    { ...decay, id: 'step-at-drop', kind: 'edge', name: { en: 'epoch dropEvery: the first drop', zh: '第 dropEvery 轮：第一次下降' }, args: [10, 0.1, 10, 0.5] },
    { ...decay, id: 'step-drop-every-one', kind: 'edge', name: { en: 'dropEvery = 1: a drop at every epoch', zh: 'dropEvery = 1：每轮都下降' }, args: [7, 1, 1, 0.5] },
    { ...decay, id: 'step-factor-one', kind: 'edge', name: { en: 'factor = 1: constant', zh: 'factor = 1：保持不变' }, args: [123, 0.01, 7, 1] },
    { ...decay, id: 'step-many-drops', kind: 'hidden', name: { en: 'epoch 95, dropping ×0.1 every 30 epochs', zh: '第 95 轮，每 30 轮乘以 0.1' }, args: [95, 0.1, 30, 0.1] },
    { id: 'step-schedule', kind: 'hidden', name: { en: 'a whole schedule of 20 epochs, ×0.5 every 4', zh: '完整的 20 轮调度，每 4 轮乘以 0.5' }, run: SCHEDULE, args: [20, 0.2, 4, 0.5] },
    {
      id: 'step-random',
      kind: 'random',
      name: { en: 'random step-decay schedules', zh: '随机的阶梯衰减调度' },
      run: SCHEDULE,
      count: 4,
      generate: (rng) => [rng.int(1, 40), rng.uniform(1e-3, 1), rng.int(1, 10), rng.uniform(0.05, 0.95)],
    },

    // ---- reduceOnPlateau: patience ----
    { ...plateau, id: 'patience-zero', kind: 'edge', name: { en: 'patience 0: every bad epoch reduces at once', zh: 'patience 0：每个坏轮次都立即降低' }, args: [[1, 1.1, 0.9, 0.95, 0.95, 0.8, 0.85], 1, { patience: 0 }] },
    { ...plateau, id: 'patience-one', kind: 'edge', name: { en: 'patience 1: the second bad epoch in a row reduces', zh: 'patience 1：连续第二个坏轮次时降低' }, args: [[1, 1.2, 1.1, 0.5, 0.6, 0.4, 0.45, 0.41, 0.42], 1, { patience: 1 }] },
    { ...plateau, id: 'long-plateau', kind: 'edge', name: { en: 'a long plateau, patience 3: a reduction every 4 bad epochs (the count restarts after each)', zh: '长平台期，patience 3：每 4 个坏轮次降低一次（每次降低后重新计数）' }, args: [flat(20), 1, { patience: 3, factor: 0.5 }] },
    { ...plateau, id: 'default-options', kind: 'edge', name: { en: 'options left out: patience 10, factor 0.1, threshold 1e-4 (25 flat epochs)', zh: '省略选项：patience 10、factor 0.1、threshold 1e-4（25 个持平的轮次）' }, args: [flat(25, 0.3), 0.01] },
    { ...plateau, id: 'empty-options', kind: 'edge', name: { en: 'options = {}: all defaults', zh: 'options = {}：全部默认' }, args: [flat(14, 2), 0.5, {}] },
    { ...plateau, id: 'partial-options-factor', kind: 'edge', name: { en: 'only factor given (patience stays 10)', zh: '只给出 factor（patience 仍为 10）' }, args: [flat(30, 0.7), 0.1, { factor: 0.5 }] },

    // ---- improvement test: best, threshold ----
    { ...plateau, id: 'first-epoch-is-best', kind: 'edge', name: { en: 'a single epoch: [lr0]', zh: '只有一轮：[lr0]' }, args: [[0.7], 0.03, { patience: 0 }] },
    { ...plateau, id: 'no-epochs', kind: 'edge', name: { en: 'no epochs: an empty list', zh: '没有轮次：空列表' }, args: [[], 0.03, { patience: 0 }] },
    { ...plateau, id: 'equal-to-best', kind: 'edge', name: { en: 'threshold 0: a loss equal to the best is not an improvement', zh: 'threshold 0：与最佳值相等的损失不算改进' }, args: [[0.5, 0.5, 0.5, 0.4, 0.4, 0.4, 0.4], 1, { patience: 1, threshold: 0 }] },
    { ...plateau, id: 'below-threshold', kind: 'edge', name: { en: 'improvements of 0.005% per epoch, below the default threshold 1e-4: bad epochs', zh: '每轮改进 0.005%，低于默认阈值 1e-4：算作坏轮次' }, args: [shrinking(12, 1, 5e-5), 0.1, { patience: 3 }] },
    { ...plateau, id: 'above-threshold', kind: 'edge', name: { en: 'improvements of 0.02% per epoch, above the threshold 1e-4: no reduction', zh: '每轮改进 0.02%，高于阈值 1e-4：不降低' }, args: [shrinking(12, 1, 2e-4), 0.1, { patience: 3 }] },
    { ...plateau, id: 'large-threshold', kind: 'edge', name: { en: 'threshold 0.1: a 5% improvement is a bad epoch', zh: 'threshold 0.1：改进 5% 也算坏轮次' }, args: [shrinking(10, 2, 0.05), 1, { patience: 2, threshold: 0.1 }] },
    { ...plateau, id: 'relative-not-absolute-large-loss', kind: 'edge', name: { en: 'losses around 100, threshold 1e-3: relative, so a decrease of 0.01 is not enough', zh: '损失在 100 左右，threshold 1e-3：阈值是相对的，下降 0.01 不够' }, args: [shrinking(10, 100, 1e-4), 0.1, { patience: 2, threshold: 1e-3 }] },
    { ...plateau, id: 'relative-not-absolute-small-loss', kind: 'edge', name: { en: 'losses around 0.01, threshold 1e-3: relative, so a decrease of 1e-4 counts', zh: '损失在 0.01 左右，threshold 1e-3：阈值是相对的，下降 1e-4 就算数' }, args: [shrinking(10, 0.01, 0.01), 0.1, { patience: 2, threshold: 1e-3 }] },
    { ...plateau, id: 'best-not-last', kind: 'edge', name: { en: 'a loss better than the previous one but not than the best is a bad epoch', zh: '比上一个好但不比最佳值好的损失算作坏轮次' }, args: [[1, 0.5, 0.8, 0.7, 0.6, 0.55, 0.52, 0.51], 0.1, { patience: 2 }] },
    { ...plateau, id: 'zero-loss', kind: 'edge', name: { en: 'a loss of exactly 0 becomes the best; equal zeros after it are bad epochs', zh: '恰好为 0 的损失成为最佳值；之后相等的 0 都是坏轮次' }, args: [[0.2, 0, 0, 0, 0], 0.1, { patience: 1 }] },

    // ---- the new learning rate: minLr, eps ----
    { ...plateau, id: 'min-lr-clamp', kind: 'edge', name: { en: 'minLr 0.005: the rate is clamped and then stays there', zh: 'minLr 0.005：学习率被截断后就停在那里' }, args: [flat(8), 0.1, { patience: 0, minLr: 0.005 }] },
    { ...plateau, id: 'min-lr-equal-lr0', kind: 'edge', name: { en: 'minLr = lr0: the rate never changes', zh: 'minLr = lr0：学习率从不改变' }, args: [flat(6), 0.02, { patience: 0, minLr: 0.02 }] },
    { ...plateau, id: 'tiny-reduction-ignored', kind: 'edge', name: { en: 'lr0 = 1e-6: reductions below 1e-8 are ignored, the rate stops at 1e-8', zh: 'lr0 = 1e-6：低于 1e-8 的降低被忽略，学习率停在 1e-8' }, args: [flat(8), 1e-6, { patience: 0 }] },
    {
      ...plateau,
      id: 'reduction-exactly-eps',
      kind: 'edge',
      name: {
        en: 'lr0 = 2e-8, factor 0.5: the reduction is exactly 1e-8, which is not more than eps, so it is ignored',
        zh: 'lr0 = 2e-8、factor 0.5：下降量恰好是 1e-8，并不大于 eps，所以被忽略',
      },
      args: [flat(5), 2e-8, { patience: 0, factor: 0.5 }],
    },
    { ...plateau, id: 'factor-half', kind: 'hidden', name: { en: 'factor 0.5, patience 2, losses going up', zh: 'factor 0.5，patience 2，损失不断上升' }, args: [[1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9], 0.4, { factor: 0.5, patience: 2 }] },

    // ---- realistic curves ----
    {
      ...plateau,
      id: 'training-curve',
      kind: 'hidden',
      name: { en: 'a realistic validation curve of 40 epochs, patience 4', zh: '40 轮的真实验证曲线，patience 4' },
      args: [
        [
          2.3, 1.6, 1.2, 0.95, 0.81, 0.74, 0.7, 0.69, 0.695, 0.688, 0.689, 0.69, 0.687, 0.6875, 0.686, 0.65, 0.64, 0.639, 0.6395, 0.6391, 0.6389, 0.6392, 0.6388, 0.6387,
          0.6386, 0.6385, 0.63, 0.629, 0.6291, 0.6289, 0.629, 0.6288, 0.6289, 0.6287, 0.6288, 0.6286, 0.6287, 0.6286, 0.6285, 0.6286,
        ],
        0.1,
        { patience: 4 },
      ],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random validation curves and options', zh: '随机的验证曲线与选项' },
      call: 'reduceOnPlateau',
      count: 10,
      generate: (rng) => [curve(rng, rng.int(5, 40)), rng.pick([0.1, 0.01, 1e-3, rng.uniform(1e-4, 1)]), randomOptions(rng)],
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'constant 31:22 0 → 1': 'the first epoch always improves on best = Infinity (losses are finite), which resets the count to 0',
  },
});
