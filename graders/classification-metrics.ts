import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const ZERO_DIVISION = {
  en: 'a denominator is 0 here (0/0 is NaN) — a metric whose denominator is 0 is 0',
  zh: '这里有分母为 0（0/0 是 NaN）——分母为 0 的指标取 0',
};

/** m labels, each 1 with probability p. */
const labels = (rng: Rng, m: number, p: number) => Array.from({ length: m }, () => (rng.random() < p ? 1 : 0));

export default defineGrader({
  checks: [
    {
      id: 'worked-example',
      kind: 'example',
      name: { en: 'eight examples (the worked example)', zh: '八个样本（例题）' },
      call: 'classificationMetrics',
      args: [[1, 1, 1, 0, 0, 0, 1, 0], [1, 1, 0, 1, 0, 0, 0, 0]],
    },
    {
      id: 'spam-filter',
      kind: 'example',
      name: { en: 'a spam filter on ten emails: few false alarms, several misses', zh: '十封邮件上的垃圾邮件过滤器：误报少，漏报多' },
      call: 'classificationMetrics',
      args: [[1, 0, 1, 1, 0, 0, 1, 0, 1, 0], [1, 0, 0, 0, 0, 1, 1, 0, 0, 0]],
    },
    {
      id: 'no-predicted-positives',
      kind: 'edge',
      name: { en: 'no predicted positives (precision has denominator 0)', zh: '没有预测为正例的样本（精确率的分母为 0）' },
      call: 'classificationMetrics',
      args: [[1, 0, 1, 0, 0], [0, 0, 0, 0, 0]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'no-actual-positives',
      kind: 'edge',
      name: { en: 'no actual positives (recall has denominator 0)', zh: '没有真正的正例（召回率的分母为 0）' },
      call: 'classificationMetrics',
      args: [[0, 0, 0, 0], [1, 0, 1, 0]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'all-negative',
      kind: 'edge',
      name: { en: 'every label and every prediction 0 (every denominator 0)', zh: '标签和预测全为 0（所有分母都为 0）' },
      call: 'classificationMetrics',
      args: [[0, 0, 0], [0, 0, 0]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'all-wrong',
      kind: 'edge',
      name: { en: 'every prediction wrong (precision + recall = 0)', zh: '每个预测都错（精确率 + 召回率 = 0）' },
      call: 'classificationMetrics',
      args: [[1, 0, 0, 1, 1, 0, 1], [0, 1, 1, 0, 0, 1, 0]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'all-correct',
      kind: 'edge',
      name: { en: 'every prediction correct', zh: '每个预测都对' },
      call: 'classificationMetrics',
      args: [[1, 0, 0, 1, 1, 0], [1, 0, 0, 1, 1, 0]],
    },
    {
      id: 'all-positive-correct',
      kind: 'edge',
      name: { en: 'every label and every prediction 1', zh: '标签和预测全为 1' },
      call: 'classificationMetrics',
      args: [[1, 1, 1, 1], [1, 1, 1, 1]],
    },
    {
      id: 'predict-all-positive',
      kind: 'edge',
      name: { en: 'a classifier that always predicts 1', zh: '总是预测 1 的分类器' },
      call: 'classificationMetrics',
      args: [[0, 1, 0, 0, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1]],
    },
    {
      id: 'single-false-positive',
      kind: 'edge',
      name: { en: 'one example, a false positive', zh: '一个样本，是假正例' },
      call: 'classificationMetrics',
      args: [[0], [1]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'single-true-positive',
      kind: 'edge',
      name: { en: 'one example, a true positive', zh: '一个样本，是真正例' },
      call: 'classificationMetrics',
      args: [[1], [1]],
    },
    {
      id: 'rare-positives',
      kind: 'hidden',
      name: { en: 'two hundred examples, 5% positives (a skewed data set)', zh: '两百个样本、5% 为正例（偏斜的数据集）' },
      call: 'classificationMetrics',
      generate: (rng) => {
        const yTrue = labels(rng, 200, 0.05);
        const yPred = yTrue.map((t) => (rng.random() < (t ? 0.6 : 0.03) ? 1 : 0));
        return [yTrue, yPred];
      },
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random labels and predictions', zh: '随机的标签和预测' },
      call: 'classificationMetrics',
      count: 10,
      generate: (rng) => {
        const m = rng.int(1, 30);
        return [labels(rng, m, rng.uniform(0.2, 0.8)), labels(rng, m, rng.uniform(0.2, 0.8))];
      },
      nonFiniteHint: ZERO_DIVISION,
    },
  ],
});
