import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/** An m×C matrix of probabilities (each row positive, summing to 1). */
function probabilities(rng: Rng, m: number, C: number): number[][] {
  return Array.from({ length: m }, () => {
    const e = Array.from({ length: C }, () => Math.exp(2 * rng.normal()));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / s);
  });
}

/** k×m labels drawn from `labels`, each model agreeing with a hidden "true" label with probability p. */
function votes(rng: Rng, k: number, m: number, labels: number[], p: number): number[][] {
  const truth = Array.from({ length: m }, () => rng.pick(labels));
  return Array.from({ length: k }, () => truth.map((t) => (rng.random() < p ? t : rng.pick(labels))));
}

export default defineGrader({
  checks: [
    // ---- averageProbabilities ----
    {
      id: 'average-worked-example',
      kind: 'example',
      name: 'three models, two examples, three classes (the worked example)',
      call: 'averageProbabilities',
      args: [
        [
          [[0.7, 0.2, 0.1], [0.1, 0.6, 0.3]],
          [[0.5, 0.4, 0.1], [0.2, 0.2, 0.6]],
          [[0.6, 0.3, 0.1], [0.3, 0.4, 0.3]],
        ],
      ],
    },
    {
      id: 'average-single-model',
      kind: 'edge',
      name: 'a single model: the average is its own matrix',
      call: 'averageProbabilities',
      args: [[[[0.25, 0.75], [0.9, 0.1], [0.5, 0.5]]]],
    },
    {
      id: 'average-one-example',
      kind: 'edge',
      name: 'four models, a batch of one example',
      call: 'averageProbabilities',
      args: [[[[0.1, 0.9]], [[0.3, 0.7]], [[0.8, 0.2]], [[0.4, 0.6]]]],
    },
    {
      id: 'average-two-models',
      kind: 'edge',
      name: 'two models that disagree completely (one-hot rows)',
      call: 'averageProbabilities',
      args: [[[[1, 0, 0], [0, 0, 1]], [[0, 1, 0], [0, 0, 1]]]],
    },
    {
      id: 'average-five-models',
      kind: 'hidden',
      name: 'five models, twelve examples, four classes',
      call: 'averageProbabilities',
      generate: (rng) => [Array.from({ length: 5 }, () => probabilities(rng, 12, 4))],
    },
    {
      id: 'average-random',
      kind: 'random',
      name: 'random probability matrices',
      call: 'averageProbabilities',
      count: 6,
      generate: (rng) => {
        const k = rng.int(1, 6);
        const m = rng.int(1, 8);
        const C = rng.int(2, 5);
        return [Array.from({ length: k }, () => probabilities(rng, m, C))];
      },
    },

    // ---- majorityVote ----
    {
      id: 'vote-worked-example',
      kind: 'example',
      name: 'three models, five examples (the worked example)',
      call: 'majorityVote',
      args: [
        [
          [0, 1, 2, 1, 0],
          [0, 2, 2, 0, 1],
          [1, 1, 0, 0, 2],
        ],
      ],
    },
    {
      id: 'vote-two-models-tie',
      kind: 'example',
      name: 'two models that disagree on some examples (ties go to the smallest label)',
      call: 'majorityVote',
      args: [
        [
          [2, 0, 1, 3],
          [1, 0, 2, 0],
        ],
      ],
    },
    {
      id: 'vote-single-model',
      kind: 'edge',
      name: 'a single model: its own labels',
      call: 'majorityVote',
      args: [[[4, 0, 2, 2, 1]]],
    },
    {
      id: 'vote-two-way-tie-larger-first',
      kind: 'edge',
      name: 'k = 2 ties where the larger label comes first',
      call: 'majorityVote',
      args: [
        [
          [7, 3, 5],
          [3, 7, 2],
        ],
      ],
    },
    {
      id: 'vote-three-way-tie',
      kind: 'edge',
      name: 'three-way ties among three models (smallest label neither first nor last)',
      call: 'majorityVote',
      args: [
        [
          [5, 3, 7, 1],
          [3, 7, 5, 2],
          [7, 5, 3, 0],
        ],
      ],
    },
    {
      id: 'vote-two-two-tie',
      kind: 'edge',
      name: 'four models split two against two',
      call: 'majorityVote',
      args: [
        [
          [2, 1, 6],
          [1, 2, 6],
          [2, 1, 4],
          [1, 2, 4],
        ],
      ],
    },
    {
      id: 'vote-tie-smallest-last',
      kind: 'edge',
      name: 'a tie whose smallest label is voted by the last models',
      call: 'majorityVote',
      args: [
        [
          [9, 4],
          [9, 4],
          [8, 3],
          [8, 3],
          [1, 6],
        ],
      ],
    },
    {
      id: 'vote-labels-3-and-7',
      kind: 'edge',
      name: 'labels 3 and 7 (not starting at 0), five models',
      call: 'majorityVote',
      args: [
        [
          [3, 7, 7, 3],
          [7, 7, 3, 3],
          [7, 3, 7, 3],
          [3, 7, 3, 7],
          [7, 3, 7, 7],
        ],
      ],
    },
    {
      id: 'vote-plurality',
      kind: 'edge',
      name: 'the most common label without an absolute majority (2 votes of 5)',
      call: 'majorityVote',
      args: [
        [
          [4, 0],
          [1, 2],
          [2, 2],
          [2, 3],
          [3, 1],
        ],
      ],
    },
    {
      id: 'vote-unanimous',
      kind: 'edge',
      name: 'every model agrees',
      call: 'majorityVote',
      args: [
        [
          [1, 0, 2],
          [1, 0, 2],
          [1, 0, 2],
        ],
      ],
    },
    {
      id: 'vote-one-example',
      kind: 'edge',
      name: 'a batch of one example, six models',
      call: 'majorityVote',
      args: [[[5], [2], [5], [2], [9], [9]]],
    },
    {
      id: 'vote-square',
      kind: 'hidden',
      name: 'as many models as examples (k = m = 4)',
      call: 'majorityVote',
      args: [
        [
          [0, 1, 1, 2],
          [0, 0, 2, 2],
          [1, 1, 2, 0],
          [1, 0, 2, 2],
        ],
      ],
    },
    {
      id: 'vote-seven-models',
      kind: 'hidden',
      name: 'seven models, twenty examples, four classes',
      call: 'majorityVote',
      generate: (rng) => [votes(rng, 7, 20, [0, 1, 2, 3], 0.6)],
    },
    {
      id: 'vote-random',
      kind: 'random',
      name: 'random votes',
      call: 'majorityVote',
      count: 8,
      generate: (rng) => {
        const base = rng.int(0, 5);
        const C = rng.int(2, 5);
        const labels = Array.from({ length: C }, (_, c) => base + 2 * c);
        return [votes(rng, rng.int(1, 7), rng.int(1, 12), labels, rng.pick([0.3, 0.6, 0.9]))];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'constant 28:78 0 → 1': 'every count grows by the same 1: the most frequent label and the ties stay the same',
    'constant 28:83 1 → 2': 'every count doubles: the most frequent label and the ties stay the same',
    'boundary 32:62 < → <=': 'each label is counted once in the map, so label === best never happens in a tie',
  },
});
