import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// ---- stepDecay ---------------------------------------------------------------------------

/** The whole schedule of epochs 0..epochs−1, one stepDecay call per epoch. */
const SCHEDULE = `(m, epochs, lr0, dropEvery, factor) => {
  const lrs = [];
  for (let e = 0; e < epochs; e++) lrs.push(m.stepDecay(e, lr0, dropEvery, factor));
  return lrs;
}`;

const decay = (id: string, kind: CheckDef['kind'], name: string, args: unknown[]): CheckDef => ({ id, kind, name, call: 'stepDecay', args });

// ---- reduceOnPlateau ---------------------------------------------------------------------

const plateau = (id: string, kind: CheckDef['kind'], name: GraderText, args: unknown[]): CheckDef => ({ id, kind, name, call: 'reduceOnPlateau', args });

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
    plateau('plateau-worked-example', 'example', 'eight epochs, patience 2 (the worked example)', [[1.0, 0.9, 0.95, 0.92, 0.91, 0.93, 0.89, 0.9], 0.1, { patience: 2 }]),
    decay('step-decay-worked-example', 'example', 'step decay at epoch 25, halving every 10 epochs (the worked example)', [25, 0.1, 10, 0.5]),

    // ---- stepDecay ----
    decay('step-epoch-zero', 'edge', 'epoch 0: lr0', [0, 0.05, 3, 0.1]),
    decay('step-just-before-drop', 'edge', 'epoch dropEvery − 1: no drop yet', [9, 0.1, 10, 0.5]),
    decay('step-at-drop', 'edge', 'epoch dropEvery: the first drop', [10, 0.1, 10, 0.5]),
    decay('step-drop-every-one', 'edge', 'dropEvery = 1: a drop at every epoch', [7, 1, 1, 0.5]),
    decay('step-factor-one', 'edge', 'factor = 1: constant', [123, 0.01, 7, 1]),
    decay('step-many-drops', 'hidden', 'epoch 95, dropping ×0.1 every 30 epochs', [95, 0.1, 30, 0.1]),
    { id: 'step-schedule', kind: 'hidden', name: 'a whole schedule of 20 epochs, ×0.5 every 4', run: SCHEDULE, args: [20, 0.2, 4, 0.5] },
    {
      id: 'step-random',
      kind: 'random',
      name: 'random step-decay schedules',
      run: SCHEDULE,
      count: 4,
      generate: (rng) => [rng.int(1, 40), rng.uniform(1e-3, 1), rng.int(1, 10), rng.uniform(0.05, 0.95)],
    },

    // ---- reduceOnPlateau: patience ----
    plateau('patience-zero', 'edge', 'patience 0: every bad epoch reduces at once', [[1, 1.1, 0.9, 0.95, 0.95, 0.8, 0.85], 1, { patience: 0 }]),
    plateau('patience-one', 'edge', 'patience 1: the second bad epoch in a row reduces', [[1, 1.2, 1.1, 0.5, 0.6, 0.4, 0.45, 0.41, 0.42], 1, { patience: 1 }]),
    plateau('long-plateau', 'edge', 'a long plateau, patience 3: a reduction every 4 bad epochs (the count restarts after each)', [flat(20), 1, { patience: 3, factor: 0.5 }]),
    plateau('default-options', 'edge', 'options left out: patience 10, factor 0.1, threshold 1e-4 (25 flat epochs)', [flat(25, 0.3), 0.01]),
    plateau('empty-options', 'edge', 'options = {}: all defaults', [flat(14, 2), 0.5, {}]),
    plateau('partial-options-factor', 'edge', 'only factor given (patience stays 10)', [flat(30, 0.7), 0.1, { factor: 0.5 }]),

    // ---- improvement test: best, threshold ----
    plateau('first-epoch-is-best', 'edge', 'a single epoch: [lr0]', [[0.7], 0.03, { patience: 0 }]),
    plateau('no-epochs', 'edge', 'no epochs: an empty list', [[], 0.03, { patience: 0 }]),
    plateau('equal-to-best', 'edge', 'threshold 0: a loss equal to the best is not an improvement', [[0.5, 0.5, 0.5, 0.4, 0.4, 0.4, 0.4], 1, { patience: 1, threshold: 0 }]),
    plateau('below-threshold', 'edge', 'improvements of 0.005% per epoch, below the default threshold 1e-4: bad epochs', [shrinking(12, 1, 5e-5), 0.1, { patience: 3 }]),
    plateau('above-threshold', 'edge', 'improvements of 0.02% per epoch, above the threshold 1e-4: no reduction', [shrinking(12, 1, 2e-4), 0.1, { patience: 3 }]),
    plateau('large-threshold', 'edge', 'threshold 0.1: a 5% improvement is a bad epoch', [shrinking(10, 2, 0.05), 1, { patience: 2, threshold: 0.1 }]),
    plateau('relative-not-absolute-large-loss', 'edge', 'losses around 100, threshold 1e-3: relative, so a decrease of 0.01 is not enough', [shrinking(10, 100, 1e-4), 0.1, { patience: 2, threshold: 1e-3 }]),
    plateau('relative-not-absolute-small-loss', 'edge', 'losses around 0.01, threshold 1e-3: relative, so a decrease of 1e-4 counts', [shrinking(10, 0.01, 0.01), 0.1, { patience: 2, threshold: 1e-3 }]),
    plateau('best-not-last', 'edge', 'a loss better than the previous one but not than the best is a bad epoch', [[1, 0.5, 0.8, 0.7, 0.6, 0.55, 0.52, 0.51], 0.1, { patience: 2 }]),
    plateau('zero-loss', 'edge', 'a loss of exactly 0 becomes the best; equal zeros after it are bad epochs', [[0.2, 0, 0, 0, 0], 0.1, { patience: 1 }]),

    // ---- the new learning rate: minLr, eps ----
    plateau('min-lr-clamp', 'edge', 'minLr 0.005: the rate is clamped and then stays there', [flat(8), 0.1, { patience: 0, minLr: 0.005 }]),
    plateau('min-lr-equal-lr0', 'edge', 'minLr = lr0: the rate never changes', [flat(6), 0.02, { patience: 0, minLr: 0.02 }]),
    plateau('tiny-reduction-ignored', 'edge', 'lr0 = 1e-6: reductions below 1e-8 are ignored, the rate stops at 1e-8', [flat(8), 1e-6, { patience: 0 }]),
    plateau(
      'reduction-exactly-eps',
      'edge',
      {
        en: 'lr0 = 2e-8, factor 0.5: the reduction is exactly 1e-8, which is not more than eps, so it is ignored',
        zh: 'lr0 = 2e-8、factor 0.5：下降量恰好是 1e-8，并不大于 eps，所以被忽略',
      },
      [flat(5), 2e-8, { patience: 0, factor: 0.5 }],
    ),
    plateau('factor-half', 'hidden', 'factor 0.5, patience 2, losses going up', [[1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9], 0.4, { factor: 0.5, patience: 2 }]),

    // ---- realistic curves ----
    plateau('training-curve', 'hidden', 'a realistic validation curve of 40 epochs, patience 4', [
      [
        2.3, 1.6, 1.2, 0.95, 0.81, 0.74, 0.7, 0.69, 0.695, 0.688, 0.689, 0.69, 0.687, 0.6875, 0.686, 0.65, 0.64, 0.639, 0.6395, 0.6391, 0.6389, 0.6392, 0.6388, 0.6387,
        0.6386, 0.6385, 0.63, 0.629, 0.6291, 0.6289, 0.629, 0.6288, 0.6289, 0.6287, 0.6288, 0.6286, 0.6287, 0.6286, 0.6285, 0.6286,
      ],
      0.1,
      { patience: 4 },
    ]),
    {
      id: 'random',
      kind: 'random',
      name: 'random validation curves and options',
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
