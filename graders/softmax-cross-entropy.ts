import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const OVERFLOW = 'exp overflowed — use log-sum-exp: shift each row by its maximum, (max − z_y) + log Σ_k e^(z_k − max)';
const LOG_ZERO = 'log(0): the softmax probability underflowed to 0 — do not take the log of a softmax, use log-sum-exp: (max − z_y) + log Σ_k e^(z_k − max)';
const EITHER = 'exp overflowed, or a softmax probability underflowed to 0 before the log — use log-sum-exp: (max − z_y) + log Σ_k e^(z_k − max)';
const UNDERFLOW = 'every e^z underflowed to 0 and 0/0 is NaN — shift each row by its maximum (log-sum-exp)';

/** m rows of C logits and m labels in 0..C−1. */
function batch(rng: Rng, m: number, C: number, scale: number): [number[][], number[]] {
  const logits = rng.normalMatrix(m, C, scale);
  const labels = Array.from({ length: m }, () => rng.int(0, C - 1));
  return [logits, labels];
}

export default defineGrader({
  checks: [
    {
      id: 'worked-example',
      kind: 'example',
      name: 'two examples, three classes (the worked example)',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[2, 1, 0], [0, 0, 0]], [0, 2]],
    },
    {
      id: 'two-classes-example',
      kind: 'example',
      name: 'two classes, the true class is not always the largest logit',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[3, 1], [-1, 2]], [1, 1]],
    },
    {
      id: 'saturated-correct',
      kind: 'edge',
      name: 'logits of ±1000, the true class has the largest logit (loss ≈ 0)',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[1000, 0, -1000], [-1000, 1000, 0]], [0, 1]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-wrong',
      kind: 'edge',
      name: 'logits of ±1000, the true class is far below the maximum (losses 1000 and 2000)',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[1000, 0, -1000], [1000, 0, -1000]], [1, 2]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'gap-800',
      kind: 'edge',
      name: 'logits 400 and −400, the true class is the smaller one (loss 800)',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[400, -400], [-400, 400]], [1, 0]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'large-equal-logits',
      kind: 'edge',
      name: 'three equal logits of 1000 (loss log 3)',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[1000, 1000, 1000]], [1]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'large-close-logits',
      kind: 'edge',
      name: 'logits 1000, 999, 998',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[1000, 999, 998], [998, 999, 1000]], [0, 1]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'very-negative-logits',
      kind: 'edge',
      name: 'logits −1000, −1001, −1002',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[-1000, -1001, -1002]], [2]],
      nonFiniteHint: UNDERFLOW,
    },
    {
      id: 'equal-logits',
      kind: 'edge',
      name: 'all logits of a row equal (loss log C)',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[0, 0, 0, 0], [5, 5, 5, 5], [-2.5, -2.5, -2.5, -2.5]], [3, 0, 2]],
    },
    {
      id: 'batch-of-one',
      kind: 'edge',
      name: 'a batch of one example',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[0.5, -1.25, 2, 0.75]], [3]],
    },
    {
      id: 'two-classes',
      kind: 'edge',
      name: 'two classes, four examples',
      call: 'sparseCategoricalCrossEntropy',
      args: [[[0.2, -0.4], [1.5, 1.5], [-3, 4], [2.25, -0.75]], [0, 1, 0, 0]],
    },
    {
      id: 'ten-classes',
      kind: 'hidden',
      name: 'fifty examples, ten classes',
      call: 'sparseCategoricalCrossEntropy',
      generate: (rng) => batch(rng, 50, 10, 2),
    },
    {
      id: 'confident-wrong',
      kind: 'hidden',
      name: 'confident predictions, some of them wrong (logits up to ±50)',
      call: 'sparseCategoricalCrossEntropy',
      generate: (rng) => batch(rng, 12, 4, 25),
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random logits and labels',
      call: 'sparseCategoricalCrossEntropy',
      count: 8,
      generate: (rng) => batch(rng, rng.int(1, 12), rng.int(2, 8), rng.uniform(0.5, 4)),
    },
    {
      id: 'random-large',
      kind: 'random',
      name: 'random logits in the hundreds',
      call: 'sparseCategoricalCrossEntropy',
      count: 4,
      generate: (rng) => {
        const m = rng.int(2, 8);
        const C = rng.int(2, 6);
        return [rng.matrix(m, C, -900, 900), Array.from({ length: m }, () => rng.int(0, C - 1))];
      },
      nonFiniteHint: EITHER,
    },
  ],
});
