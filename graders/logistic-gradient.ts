import { defineGrader } from '../src/lib/engine/grader';
import { stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

const OVERFLOW = {
  en: 'σ(z) overflowed (e^z = Infinity, Infinity/Infinity = NaN): use the stable sigmoid, 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0',
  zh: 'σ(z) 溢出了（e^z = Infinity，Infinity/Infinity = NaN）：请用数值稳定的 sigmoid：z ≥ 0 时用 1/(1 + e^−z)，z < 0 时用 e^z/(1 + e^z)',
};


const labels = (rng: Rng, m: number) => Array.from({ length: m }, () => rng.int(0, 1));

const LAB_X = [[0.5, 1.5], [1, 1], [1.5, 0.5], [3, 0.5], [2, 2], [1, 2.5]];
const LAB_Y = [0, 0, 0, 1, 1, 1];

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'two examples, one feature (the worked example)', zh: '两个样本、一个特征（例题）' }, call: 'logisticGradient', args: [[[0], [2]], [0, 1], [1], -1] },
    { id: 'six-examples', kind: 'example', name: { en: 'six examples, two features', zh: '六个样本、两个特征' }, call: 'logisticGradient', args: [LAB_X, LAB_Y, [2, 3], 1] },

    {
      id: 'saturated',
      kind: 'edge',
      name: { en: 'saturated predictions (z = ±1000), right and wrong labels: finite gradient', zh: '饱和预测（z = ±1000），标签有对有错：梯度应是有限的' },
      call: 'logisticGradient',
      args: [[[10], [-10], [10], [-10]], [1, 0, 0, 1], [100], 0],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-by-bias',
      kind: 'edge',
      name: { en: 'a bias of 1000 (every prediction saturated at 1)', zh: '偏置为 1000（每个预测都饱和于 1）' },
      call: 'logisticGradient',
      args: [[[1, -2], [0.5, 3], [-1, 0]], [1, 0, 0], [0.5, -0.25], 1000],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-mixed',
      kind: 'edge',
      name: { en: 'logits of ±1000 next to ordinary ones', zh: '±1000 的 logit 与普通的混在一起' },
      call: 'logisticGradient',
      args: [[[10, 1], [-10, 2], [0.01, -0.5], [0.02, 0.03]], [0, 0, 1, 0], [100, 0.5], -0.5],
      nonFiniteHint: OVERFLOW,
    },
    { id: 'zero-weights', kind: 'edge', name: { en: 'all weights and the bias zero: σ = 0.5 everywhere', zh: '权重和偏置全为零：处处 σ = 0.5' }, call: 'logisticGradient', args: [[[1, 2], [-3, 4], [5, -6]], [1, 0, 1], [0, 0], 0] },
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one example', zh: '只有一个样本的批量' }, call: 'logisticGradient', args: [[[0.5, -1.5, 2]], [1], [0.3, 0.2, -0.4], 0.1] },
    { id: 'all-ones', kind: 'edge', name: { en: 'every label 1', zh: '标签全为 1' }, call: 'logisticGradient', args: [[[1, 0], [0, 1], [-1, -1], [2, 0.5]], [1, 1, 1, 1], [0.8, -0.6], 0.2] },
    { id: 'all-zeros', kind: 'edge', name: { en: 'every label 0', zh: '标签全为 0' }, call: 'logisticGradient', args: [[[1, 0], [0, 1], [-1, -1], [2, 0.5]], [0, 0, 0, 0], [0.8, -0.6], 0.2] },
    {
      id: 'constant-column',
      kind: 'edge',
      name: { en: 'a constant feature column', zh: '一个常数特征列' },
      call: 'logisticGradient',
      args: [[[1, 3], [1, -2], [1, 0.5], [1, 1]], [0, 1, 1, 0], [-0.4, 0.7], 0.3],
    },
    {
      id: 'many-features',
      kind: 'hidden',
      name: { en: 'forty examples with eight features', zh: '四十个样本、八个特征' },
      call: 'logisticGradient',
      generate: (rng) => {
        const n = 8;
        return [rng.matrix(40, n, -2, 2), labels(rng, 40), rng.vector(n, -1, 1), rng.uniform(-1, 1)];
      },
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data', zh: '随机数据' },
      call: 'logisticGradient',
      count: 8,
      generate: (rng) => {
        const m = rng.int(2, 15);
        const n = rng.int(1, 5);
        return [rng.matrix(m, n, -3, 3), labels(rng, m), rng.vector(n, -1.5, 1.5), rng.uniform(-2, 2)];
      },
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'random-saturated',
      kind: 'random',
      name: { en: 'random data with large weights (many saturated predictions)', zh: '权重很大的随机数据（许多预测饱和）' },
      call: 'logisticGradient',
      count: 4,
      generate: (rng) => {
        const m = rng.int(3, 10);
        const n = rng.int(1, 4);
        return [rng.matrix(m, n, -1, 1), labels(rng, m), rng.vector(n, -900, 900), rng.uniform(-50, 50)];
      },
      nonFiniteHint: OVERFLOW,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(8),
  },
});
