import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: two 2×2 input channels mixed into three output channels.
const X1 = [
  [[1, 2], [3, 4]],
  [[0, -1], [2, 1]],
];
const W1 = [[1, 2], [-1, 0.5], [0, 1]];
const B1 = [0, 1, -1];

/** A random C×H×W array. */
function tensor3(rng: Rng, c: number, h: number, w: number, lo = -2, hi = 2): number[][][] {
  return Array.from({ length: c }, () => rng.matrix(h, w, lo, hi));
}

/** Random arguments: C input channels, F output channels, an H×W image. */
function layer(rng: Rng, c: number, f: number, h: number, w: number): unknown[] {
  return [tensor3(rng, c, h, w), rng.matrix(f, c, -1, 1), rng.vector(f, -1, 1)];
}

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'worked-example', kind: 'example', name: 'two 2×2 channels into three channels (the worked example)', call: 'pointwiseConv', args: [X1, W1, B1] },
    {
      id: 'square-w-example',
      kind: 'example',
      name: 'two channels into two channels (a square w: w[c][f] would also run)',
      call: 'pointwiseConv',
      args: [[[[1, 0, 2]], [[0, 1, -1]]], [[1, 3], [0, 2]], [0.5, -0.5]],
    },

    // ---- edge cases ----
    { id: 'one-input-channel', kind: 'edge', name: 'one input channel into three (each output is a scaled copy plus a bias)', call: 'pointwiseConv', generate: (rng) => layer(rng, 1, 3, 3, 3) },
    { id: 'one-output-channel', kind: 'edge', name: 'four input channels into one (a weighted sum of the channels)', call: 'pointwiseConv', generate: (rng) => layer(rng, 4, 1, 2, 3) },
    { id: 'single-pixel', kind: 'edge', name: 'a 1×1 image (a matrix–vector product w·x + b)', call: 'pointwiseConv', args: [[[[2]], [[-1]], [[0.5]]], [[1, 2, 4], [-1, 0, 2]], [0.25, -3]] },
    { id: 'more-outputs', kind: 'edge', name: 'more output channels than input channels (2 → 5)', call: 'pointwiseConv', generate: (rng) => layer(rng, 2, 5, 2, 2) },
    { id: 'fewer-outputs', kind: 'edge', name: 'fewer output channels than input channels (5 → 2)', call: 'pointwiseConv', generate: (rng) => layer(rng, 5, 2, 2, 3) },
    { id: 'zero-weights', kind: 'edge', name: 'all weights zero: every output channel is its bias', call: 'pointwiseConv', generate: (rng) => [tensor3(rng, 3, 2, 2), [[0, 0, 0], [0, 0, 0]], [1.5, -2]] },
    { id: 'zero-bias', kind: 'edge', name: 'all biases zero', call: 'pointwiseConv', generate: (rng) => [tensor3(rng, 2, 3, 2), rng.matrix(3, 2, -1, 1), [0, 0, 0]] },
    {
      id: 'identity',
      kind: 'edge',
      name: 'identity weights: the input plus a bias per channel',
      call: 'pointwiseConv',
      generate: (rng) => [tensor3(rng, 3, 2, 3), [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [1, 2, 3]],
    },
    {
      id: 'channel-swap',
      kind: 'edge',
      name: 'a permutation matrix w (output channel 0 is input channel 2, …)',
      call: 'pointwiseConv',
      generate: (rng) => [tensor3(rng, 3, 2, 2), [[0, 0, 1], [1, 0, 0], [0, 1, 0]], [0, 0, 0]],
    },

    // ---- hidden ----
    { id: 'square-random', kind: 'hidden', name: 'three channels into three with a random square w', call: 'pointwiseConv', generate: (rng) => layer(rng, 3, 3, 3, 4) },
    { id: 'tall-image', kind: 'hidden', name: 'a 6×1 image, 2 channels into 3', call: 'pointwiseConv', generate: (rng) => layer(rng, 2, 3, 6, 1) },
    { id: 'large-bias', kind: 'hidden', name: 'biases much larger than the weighted sums', call: 'pointwiseConv', generate: (rng) => [tensor3(rng, 3, 2, 2, -0.1, 0.1), rng.matrix(2, 3, -1, 1), [50, -40]] },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: 'random inputs, channel counts and image sizes',
      call: 'pointwiseConv',
      count: 8,
      generate: (rng) => layer(rng, rng.int(1, 4), rng.int(1, 4), rng.int(1, 5), rng.int(1, 5)),
    },
  ],
});
