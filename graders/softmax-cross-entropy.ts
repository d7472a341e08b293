import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const OVERFLOW = {
  en: 'exp overflowed — use log-sum-exp: shift each row by its maximum, (max − z_y) + log Σ_k e^(z_k − max)',
  zh: 'exp 溢出了——请用 log-sum-exp：每一行减去它的最大值，(max − z_y) + log Σ_k e^(z_k − max)',
};
const LOG_ZERO = {
  en: 'log(0): the softmax probability underflowed to 0 — do not take the log of a softmax, use log-sum-exp: (max − z_y) + log Σ_k e^(z_k − max)',
  zh: 'log(0)：softmax 概率下溢成了 0——不要对 softmax 取对数，请用 log-sum-exp：(max − z_y) + log Σ_k e^(z_k − max)',
};
const EITHER = {
  en: 'exp overflowed, or a softmax probability underflowed to 0 before the log — use log-sum-exp: (max − z_y) + log Σ_k e^(z_k − max)',
  zh: 'exp 溢出了，或者某个 softmax 概率在取对数之前下溢成了 0——请用 log-sum-exp：(max − z_y) + log Σ_k e^(z_k − max)',
};
const UNDERFLOW = {
  en: 'every e^z underflowed to 0 and 0/0 is NaN — shift each row by its maximum (log-sum-exp)',
  zh: '所有 e^z 都下溢成了 0，而 0/0 是 NaN——请让每一行减去它的最大值（log-sum-exp）',
};

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
      name: { en: 'two examples, three classes (the worked example)', zh: '两个样本、三个类别（例题）' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[2, 1, 0], [0, 0, 0]], [0, 2]],
    },
    {
      id: 'two-classes-example',
      kind: 'example',
      name: { en: 'two classes, the true class is not always the largest logit', zh: '两个类别，真实类别不总是 logit 最大的那个' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[3, 1], [-1, 2]], [1, 1]],
    },
    {
      id: 'saturated-correct',
      kind: 'edge',
      name: { en: 'logits of ±1000, the true class has the largest logit (loss ≈ 0)', zh: '±1000 的 logit，真实类别的 logit 最大（损失 ≈ 0）' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[1000, 0, -1000], [-1000, 1000, 0]], [0, 1]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-wrong',
      kind: 'edge',
      name: { en: 'logits of ±1000, the true class is far below the maximum (losses 1000 and 2000)', zh: '±1000 的 logit，真实类别远低于最大值（损失 1000 和 2000）' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[1000, 0, -1000], [1000, 0, -1000]], [1, 2]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'gap-800',
      kind: 'edge',
      name: { en: 'logits 400 and −400, the true class is the smaller one (loss 800)', zh: 'logit 为 400 和 −400，真实类别是较小的那个（损失 800）' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[400, -400], [-400, 400]], [1, 0]],
      nonFiniteHint: LOG_ZERO,
    },
    {
      id: 'large-equal-logits',
      kind: 'edge',
      name: { en: 'three equal logits of 1000 (loss log 3)', zh: '三个都等于 1000 的 logit（损失 log 3）' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[1000, 1000, 1000]], [1]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'large-close-logits',
      kind: 'edge',
      name: { en: 'logits 1000, 999, 998', zh: 'logit 为 1000、999、998' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[1000, 999, 998], [998, 999, 1000]], [0, 1]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'very-negative-logits',
      kind: 'edge',
      name: { en: 'logits −1000, −1001, −1002', zh: 'logit 为 −1000、−1001、−1002' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[-1000, -1001, -1002]], [2]],
      nonFiniteHint: UNDERFLOW,
    },
    {
      id: 'equal-logits',
      kind: 'edge',
      name: { en: 'all logits of a row equal (loss log C)', zh: '一行的 logit 全相等（损失 log C）' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[0, 0, 0, 0], [5, 5, 5, 5], [-2.5, -2.5, -2.5, -2.5]], [3, 0, 2]],
    },
    {
      id: 'batch-of-one',
      kind: 'edge',
      name: { en: 'a batch of one example', zh: '只有一个样本的批量' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[0.5, -1.25, 2, 0.75]], [3]],
    },
    {
      id: 'two-classes',
      kind: 'edge',
      name: { en: 'two classes, four examples', zh: '两个类别、四个样本' },
      call: 'sparseCategoricalCrossEntropy',
      args: [[[0.2, -0.4], [1.5, 1.5], [-3, 4], [2.25, -0.75]], [0, 1, 0, 0]],
    },
    {
      id: 'ten-classes',
      kind: 'hidden',
      name: { en: 'fifty examples, ten classes', zh: '五十个样本、十个类别' },
      call: 'sparseCategoricalCrossEntropy',
      generate: (rng) => batch(rng, 50, 10, 2),
    },
    {
      id: 'confident-wrong',
      kind: 'hidden',
      name: { en: 'confident predictions, some of them wrong (logits up to ±50)', zh: '很自信的预测，其中有些是错的（logit 可达 ±50）' },
      call: 'sparseCategoricalCrossEntropy',
      generate: (rng) => batch(rng, 12, 4, 25),
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random logits and labels', zh: '随机的 logit 和标签' },
      call: 'sparseCategoricalCrossEntropy',
      count: 8,
      generate: (rng) => batch(rng, rng.int(1, 12), rng.int(2, 8), rng.uniform(0.5, 4)),
    },
    {
      id: 'random-large',
      kind: 'random',
      name: { en: 'random logits in the hundreds', zh: '几百量级的随机 logit' },
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
