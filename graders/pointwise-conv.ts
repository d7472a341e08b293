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
    { id: 'worked-example', kind: 'example', name: { en: 'two 2×2 channels into three channels (the worked example)', zh: '两个 2×2 通道变为三个通道（题中例子）' }, call: 'pointwiseConv', args: [X1, W1, B1] },
    {
      id: 'square-w-example',
      kind: 'example',
      name: { en: 'two channels into two channels (a square w: w[c][f] would also run)', zh: '两个通道变为两个通道（方阵 w：w[c][f] 也能运行）' },
      call: 'pointwiseConv',
      args: [[[[1, 0, 2]], [[0, 1, -1]]], [[1, 3], [0, 2]], [0.5, -0.5]],
    },

    // ---- edge cases ----
    { id: 'one-input-channel', kind: 'edge', name: { en: 'one input channel into three (each output is a scaled copy plus a bias)', zh: '一个输入通道变为三个（每个输出是缩放后的副本加偏置）' }, call: 'pointwiseConv', generate: (rng) => layer(rng, 1, 3, 3, 3) },
    { id: 'one-output-channel', kind: 'edge', name: { en: 'four input channels into one (a weighted sum of the channels)', zh: '四个输入通道变为一个（各通道的加权和）' }, call: 'pointwiseConv', generate: (rng) => layer(rng, 4, 1, 2, 3) },
    { id: 'single-pixel', kind: 'edge', name: { en: 'a 1×1 image (a matrix–vector product w·x + b)', zh: '1×1 图像（矩阵–向量乘积 w·x + b）' }, call: 'pointwiseConv', args: [[[[2]], [[-1]], [[0.5]]], [[1, 2, 4], [-1, 0, 2]], [0.25, -3]] },
    { id: 'more-outputs', kind: 'edge', name: { en: 'more output channels than input channels (2 → 5)', zh: '输出通道多于输入通道（2 → 5）' }, call: 'pointwiseConv', generate: (rng) => layer(rng, 2, 5, 2, 2) },
    { id: 'fewer-outputs', kind: 'edge', name: { en: 'fewer output channels than input channels (5 → 2)', zh: '输出通道少于输入通道（5 → 2）' }, call: 'pointwiseConv', generate: (rng) => layer(rng, 5, 2, 2, 3) },
    { id: 'zero-weights', kind: 'edge', name: { en: 'all weights zero: every output channel is its bias', zh: '权重全为零：每个输出通道都是其偏置' }, call: 'pointwiseConv', generate: (rng) => [tensor3(rng, 3, 2, 2), [[0, 0, 0], [0, 0, 0]], [1.5, -2]] },
    { id: 'zero-bias', kind: 'edge', name: { en: 'all biases zero', zh: '偏置全为零' }, call: 'pointwiseConv', generate: (rng) => [tensor3(rng, 2, 3, 2), rng.matrix(3, 2, -1, 1), [0, 0, 0]] },
    {
      id: 'identity',
      kind: 'edge',
      name: { en: 'identity weights: the input plus a bias per channel', zh: '单位权重：输入加上每个通道的偏置' },
      call: 'pointwiseConv',
      generate: (rng) => [tensor3(rng, 3, 2, 3), [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [1, 2, 3]],
    },
    {
      id: 'channel-swap',
      kind: 'edge',
      name: { en: 'a permutation matrix w (output channel 0 is input channel 2, …)', zh: '置换矩阵 w（输出通道 0 是输入通道 2，…）' },
      call: 'pointwiseConv',
      generate: (rng) => [tensor3(rng, 3, 2, 2), [[0, 0, 1], [1, 0, 0], [0, 1, 0]], [0, 0, 0]],
    },

    // ---- hidden ----
    { id: 'square-random', kind: 'hidden', name: { en: 'three channels into three with a random square w', zh: '随机方阵 w，三个通道变为三个' }, call: 'pointwiseConv', generate: (rng) => layer(rng, 3, 3, 3, 4) },
    { id: 'tall-image', kind: 'hidden', name: { en: 'a 6×1 image, 2 channels into 3', zh: '6×1 图像，2 个通道变为 3 个' }, call: 'pointwiseConv', generate: (rng) => layer(rng, 2, 3, 6, 1) },
    { id: 'large-bias', kind: 'hidden', name: { en: 'biases much larger than the weighted sums', zh: '偏置远大于加权和' }, call: 'pointwiseConv', generate: (rng) => [tensor3(rng, 3, 2, 2, -0.1, 0.1), rng.matrix(2, 3, -1, 1), [50, -40]] },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random inputs, channel counts and image sizes', zh: '随机的输入、通道数与图像大小' },
      call: 'pointwiseConv',
      count: 8,
      generate: (rng) => layer(rng, rng.int(1, 4), rng.int(1, 4), rng.int(1, 5), rng.int(1, 5)),
    },
  ],
});
