import { defineGrader, type GraderText } from '../src/lib/engine/grader';
import { stableSigmoidMutants, text } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

// Each of the three functions on the worked example, non-square batches, saturated logits (±1000),
// a logit of exactly 0 at the default threshold, the empty batch, and random batches. Thresholded
// cases keep every logit at least 1e-3 from the logit of the threshold (the catalog promises 1e-6),
// except z = 0 at 0.5. One property: flipping every logit and every label leaves the loss unchanged.
// Which known mistake a learner made is recognised from reference/multi-label/mistakes.ts.


const Z_EXAMPLE = [
  [2, -1, 0],
  [-3, 0.5, 4],
];
const Y_EXAMPLE = [
  [1, 0, 1],
  [0, 0, 1],
];
const Z_TALL = [
  [0.3, -2.2],
  [1.7, 0.9],
  [-0.4, -1.1],
  [5, -6],
];
const Y_TALL = [
  [0, 1],
  [1, 1],
  [1, 0],
  [1, 0],
];
const Z_SATURATED = [
  [1000, -1000, 0.25],
  [-1000, 1000, -30],
];
const Y_SATURATED = [
  [1, 0, 1],
  [1, 0, 0],
];

const logit = (p: number) => Math.log(p / (1 - p));

/** Random logits, each at least 1e-3 from the logit of the threshold. */
function logits(rng: Rng, m: number, k: number, threshold: number, scale = 4): number[][] {
  const edge = logit(threshold);
  return Array.from({ length: m }, () =>
    Array.from({ length: k }, () => {
      const z = rng.uniform(-scale, scale);
      return Math.abs(z - edge) < 1e-3 ? edge + 0.5 : z;
    }),
  );
}

const labels = (rng: Rng, m: number, k: number) => Array.from({ length: m }, () => Array.from({ length: k }, () => (rng.random() < 0.5 ? 1 : 0)));

/** The loss is unchanged when every logit and every label is flipped: L(Z, Y) = L(−Z, 1 − Y). */
function flipSymmetry({ got, args, call }: { got: unknown; args: unknown[]; call: (name: string, ...a: unknown[]) => unknown }): GraderText | null {
  const [Z, Y] = args as [number[][], number[][]];
  if (typeof got !== 'number') return null; // the value comparison reports it
  const flipped = call(
    'multiLabelLoss',
    Z.map((r) => r.map((z) => -z)),
    Y.map((r) => r.map((y) => 1 - y)),
  );
  if (typeof flipped === 'number' && Math.abs(flipped - got) <= 1e-9 + 1e-7 * Math.abs(got)) return null;
  return text(
    `flipping every logit (z → −z) and every label (y → 1 − y) should leave the loss unchanged, but it went from ${got} to ${String(flipped)}`,
    `把每个 logit 取反（z → −z）并把每个标签翻转（y → 1 − y）后损失应不变，但它从 ${got} 变成了 ${String(flipped)}`,
  );
}

export default defineGrader({
  checks: [
    {
      id: 'example-probabilities',
      kind: 'example',
      name: text('the worked example: probabilities of 2 examples × 3 labels', '例子：2 个样本 × 3 个标签的概率'),
      call: 'labelProbabilities',
      args: [Z_EXAMPLE],
    },
    {
      id: 'example-predictions',
      kind: 'example',
      name: text('the worked example: predictions at the default threshold 0.5 (σ(0) = 0.5 counts as 1)', '例子：默认阈值 0.5 下的预测（σ(0) = 0.5 记为 1）'),
      call: 'predictLabels',
      args: [Z_EXAMPLE],
    },
    {
      id: 'example-threshold',
      kind: 'example',
      name: text('the worked example: predictions at threshold 0.7', '例子：阈值 0.7 下的预测'),
      call: 'predictLabels',
      args: [Z_EXAMPLE, 0.7],
    },
    {
      id: 'example-loss',
      kind: 'example',
      name: text('the worked example: the mean loss over all 6 entries', '例子：全部 6 个元素上的平均损失'),
      call: 'multiLabelLoss',
      args: [Z_EXAMPLE, Y_EXAMPLE],
    },
    {
      id: 'tall-probabilities',
      kind: 'hidden',
      name: text('4 examples × 2 labels: probabilities', '4 个样本 × 2 个标签：概率'),
      call: 'labelProbabilities',
      args: [Z_TALL],
    },
    {
      id: 'tall-predictions-low',
      kind: 'hidden',
      name: text('4 examples × 2 labels: predictions at threshold 0.3', '4 个样本 × 2 个标签：阈值 0.3 下的预测'),
      call: 'predictLabels',
      args: [Z_TALL, 0.3],
    },
    {
      id: 'tall-predictions-default',
      kind: 'hidden',
      name: text('4 examples × 2 labels: predictions at the default threshold', '4 个样本 × 2 个标签：默认阈值下的预测'),
      call: 'predictLabels',
      args: [Z_TALL],
    },
    {
      id: 'tall-loss',
      kind: 'hidden',
      name: text('4 examples × 2 labels: the loss', '4 个样本 × 2 个标签：损失'),
      call: 'multiLabelLoss',
      args: [Z_TALL, Y_TALL],
    },
    {
      id: 'several-or-none',
      kind: 'hidden',
      name: text('an example with every label and one with none', '一个样本拥有全部标签，另一个一个也没有'),
      call: 'predictLabels',
      args: [
        [
          [3, 2.5, 0.1, 4],
          [-0.2, -3, -1, -0.01],
          [0.7, -0.7, 2, -2],
        ],
      ],
    },
    {
      id: 'saturated-probabilities',
      kind: 'edge',
      name: text('logits of ±1000: probabilities are finite', 'logit 为 ±1000：概率有限'),
      call: 'labelProbabilities',
      args: [Z_SATURATED],
      nonFiniteHint: text('σ(z) must be finite at ±1000: compute e^−z for z ≥ 0 and e^z for z < 0', 'σ(z) 在 ±1000 处必须有限：z ≥ 0 时算 e^−z，z < 0 时算 e^z'),
    },
    {
      id: 'saturated-predictions',
      kind: 'edge',
      name: text('logits of ±1000: predictions', 'logit 为 ±1000：预测'),
      call: 'predictLabels',
      args: [Z_SATURATED, 0.4],
    },
    {
      id: 'saturated-loss',
      kind: 'edge',
      name: text('logits of ±1000, some on the wrong side: the loss is finite', 'logit 为 ±1000，部分判错：损失有限'),
      call: 'multiLabelLoss',
      args: [Z_SATURATED, Y_SATURATED],
      nonFiniteHint: text('compute the loss from the logits, max(z, 0) − z·y + log(1 + e^−|z|), not from σ(z)', '请直接用 logit 计算损失 max(z, 0) − z·y + log(1 + e^−|z|)，不要经过 σ(z)'),
    },
    {
      id: 'zero-logit-loss',
      kind: 'edge',
      name: text('every logit 0: the loss is log 2', '所有 logit 为 0：损失为 log 2'),
      call: 'multiLabelLoss',
      args: [
        [
          [0, 0, 0],
          [0, 0, 0],
        ],
        [
          [1, 0, 0],
          [1, 1, 0],
        ],
      ],
    },
    {
      id: 'empty-probabilities',
      kind: 'edge',
      name: text('an empty batch [] gives []', '空批次 [] 返回 []'),
      call: 'labelProbabilities',
      args: [[]],
    },
    {
      id: 'empty-predictions',
      kind: 'edge',
      name: text('an empty batch [] gives no predictions', '空批次 [] 没有预测'),
      call: 'predictLabels',
      args: [[], 0.5],
    },
    {
      id: 'one-label',
      kind: 'edge',
      name: text('a single label (K = 1): plain binary cross-entropy', '只有一个标签（K = 1）：普通的二元交叉熵'),
      call: 'multiLabelLoss',
      args: [[[1.5], [-0.5], [2]], [[1], [1], [0]]],
    },
    {
      id: 'one-example',
      kind: 'edge',
      name: text('a single example with 5 labels', '一个样本、5 个标签'),
      call: 'multiLabelLoss',
      args: [[[0.2, -1.4, 3.3, -0.1, 0.8]], [[0, 1, 1, 0, 1]]],
    },
    {
      id: 'flip-symmetry',
      kind: 'property',
      name: text('flipping every logit and label leaves the loss unchanged', '同时翻转所有 logit 与标签，损失不变'),
      call: 'multiLabelLoss',
      args: [Z_TALL, Y_TALL],
      property: flipSymmetry,
    },
    {
      id: 'random-probabilities',
      kind: 'random',
      name: text('random batches: probabilities', '随机批次：概率'),
      call: 'labelProbabilities',
      count: 5,
      generate: (rng) => [logits(rng, rng.int(1, 5), rng.int(1, 6), 0.5, 8)],
    },
    {
      id: 'random-predictions',
      kind: 'random',
      name: text('random batches and thresholds: predictions', '随机批次与阈值：预测'),
      call: 'predictLabels',
      count: 6,
      generate: (rng) => {
        const t = rng.pick([0.5, 0.2, 0.35, 0.65, 0.9]);
        return [logits(rng, rng.int(1, 5), rng.int(1, 6), t), t];
      },
    },
    {
      id: 'random-loss',
      kind: 'random',
      name: text('random batches: the loss', '随机批次：损失'),
      call: 'multiLabelLoss',
      count: 6,
      generate: (rng) => {
        const m = rng.int(1, 5);
        const k = rng.int(1, 6);
        return [logits(rng, m, k, 0.5, 10), labels(rng, m, k)];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(3),
  },
});
