import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const ZERO_DIVISION = 'a denominator is 0 here (0/0 is NaN) — a metric whose denominator is 0 is 0';

/** m labels, each 1 with probability p. */
const labels = (rng: Rng, m: number, p: number) => Array.from({ length: m }, () => (rng.random() < p ? 1 : 0));

export default defineGrader({
  checks: [
    {
      id: 'worked-example',
      kind: 'example',
      name: 'eight examples (the worked example)',
      call: 'classificationMetrics',
      args: [[1, 1, 1, 0, 0, 0, 1, 0], [1, 1, 0, 1, 0, 0, 0, 0]],
    },
    {
      id: 'spam-filter',
      kind: 'example',
      name: 'a spam filter on ten emails: few false alarms, several misses',
      call: 'classificationMetrics',
      args: [[1, 0, 1, 1, 0, 0, 1, 0, 1, 0], [1, 0, 0, 0, 0, 1, 1, 0, 0, 0]],
    },
    {
      id: 'no-predicted-positives',
      kind: 'edge',
      name: 'no predicted positives (precision has denominator 0)',
      call: 'classificationMetrics',
      args: [[1, 0, 1, 0, 0], [0, 0, 0, 0, 0]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'no-actual-positives',
      kind: 'edge',
      name: 'no actual positives (recall has denominator 0)',
      call: 'classificationMetrics',
      args: [[0, 0, 0, 0], [1, 0, 1, 0]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'all-negative',
      kind: 'edge',
      name: 'every label and every prediction 0 (every denominator 0)',
      call: 'classificationMetrics',
      args: [[0, 0, 0], [0, 0, 0]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'all-wrong',
      kind: 'edge',
      name: 'every prediction wrong (precision + recall = 0)',
      call: 'classificationMetrics',
      args: [[1, 0, 0, 1, 1, 0, 1], [0, 1, 1, 0, 0, 1, 0]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'all-correct',
      kind: 'edge',
      name: 'every prediction correct',
      call: 'classificationMetrics',
      args: [[1, 0, 0, 1, 1, 0], [1, 0, 0, 1, 1, 0]],
    },
    {
      id: 'all-positive-correct',
      kind: 'edge',
      name: 'every label and every prediction 1',
      call: 'classificationMetrics',
      args: [[1, 1, 1, 1], [1, 1, 1, 1]],
    },
    {
      id: 'predict-all-positive',
      kind: 'edge',
      name: 'a classifier that always predicts 1',
      call: 'classificationMetrics',
      args: [[0, 1, 0, 0, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1]],
    },
    {
      id: 'single-false-positive',
      kind: 'edge',
      name: 'one example, a false positive',
      call: 'classificationMetrics',
      args: [[0], [1]],
      nonFiniteHint: ZERO_DIVISION,
    },
    {
      id: 'single-true-positive',
      kind: 'edge',
      name: 'one example, a true positive',
      call: 'classificationMetrics',
      args: [[1], [1]],
    },
    {
      id: 'rare-positives',
      kind: 'hidden',
      name: 'two hundred examples, 5% positives (a skewed data set)',
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
      name: 'random labels and predictions',
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
