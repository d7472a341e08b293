import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/** A row of n probabilities: the softmax of random logits. */
function probabilities(rng: Rng, n: number, spread = 2): number[] {
  const z = Array.from({ length: n }, () => rng.normal(0, spread));
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** T steps of predictions over n classes and T labels. */
function sequence(rng: Rng, T: number, n: number): [number[][], number[]] {
  return [Array.from({ length: T }, () => probabilities(rng, n)), Array.from({ length: T }, () => rng.int(0, n - 1))];
}

export default defineGrader({
  checks: [
    {
      id: 'three-steps',
      kind: 'example',
      name: 'three steps, three classes (the worked example)',
      call: 'sequenceLoss',
      args: [[[0.5, 0.25, 0.25], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6]], [0, 1, 0]],
    },
    {
      id: 'four-steps-two-classes',
      kind: 'example',
      name: 'four steps, two classes',
      call: 'sequenceLoss',
      args: [[[0.9, 0.1], [0.3, 0.7], [0.5, 0.5], [0.6, 0.4]], [0, 1, 1, 1]],
    },

    { id: 'certain-and-right', kind: 'edge', name: 'every true class predicted with probability exactly 1: loss 0', call: 'sequenceLoss', args: [[[0, 1, 0], [1, 0, 0], [0, 0, 1]], [1, 0, 2]] },
    { id: 'one-step', kind: 'edge', name: 'a sequence of one step (T = 1)', call: 'sequenceLoss', args: [[[0.2, 0.5, 0.3]], [2]] },
    { id: 'one-step-certain', kind: 'edge', name: 'one step predicted with probability 1', call: 'sequenceLoss', args: [[[0, 0, 1, 0]], [2]] },
    { id: 'mixed-certain', kind: 'edge', name: 'some steps certain (probability 1), others not', call: 'sequenceLoss', args: [[[1, 0], [0.25, 0.75], [0, 1], [0.5, 0.5]], [0, 0, 1, 1]] },
    { id: 'empty-sequence', kind: 'edge', name: 'an empty sequence (T = 0): loss 0', call: 'sequenceLoss', args: [[], []] },
    { id: 'tiny-probability', kind: 'edge', name: 'a true class with probability 1e-300 (a large but finite loss)', call: 'sequenceLoss', args: [[[1e-300, 1 - 1e-300], [0.5, 0.5]], [0, 1]] },
    { id: 'uniform', kind: 'edge', name: 'uniform predictions over 5 classes: T·ln 5', call: 'sequenceLoss', args: [[[0.2, 0.2, 0.2, 0.2, 0.2], [0.2, 0.2, 0.2, 0.2, 0.2], [0.2, 0.2, 0.2, 0.2, 0.2]], [4, 0, 2]] },
    {
      id: 'long-sequence',
      kind: 'hidden',
      name: 'twenty steps over a vocabulary of ten words',
      call: 'sequenceLoss',
      generate: (rng) => sequence(rng, 20, 10),
    },
    {
      id: 'few-steps-many-classes',
      kind: 'hidden',
      name: 'three steps over twelve classes (labels beyond T)',
      call: 'sequenceLoss',
      args: [
        [
          [0.05, 0.05, 0.1, 0.1, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
          [0.2, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1],
          [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05],
        ],
        [7, 11, 0],
      ],
    },
    {
      id: 'random',
      kind: 'random',
      name: 'random predictions and labels',
      call: 'sequenceLoss',
      count: 8,
      generate: (rng) => sequence(rng, rng.int(2, 8), rng.int(2, 6)),
    },
  ],
});
