import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: one 3×3 channel, one 2×2 filter (not symmetric, so a flipped kernel shows).
const X1 = [
  [
    [1, 2, 0],
    [0, 1, 3],
    [2, 1, 0],
  ],
];
const W1 = [[[[1, 0], [-1, 2]]]];
const B1 = [1];

/** A random C×H×W array with entries in [lo, hi]. */
function tensor3(rng: Rng, c: number, h: number, w: number, lo = -2, hi = 2): number[][][] {
  return Array.from({ length: c }, () => rng.matrix(h, w, lo, hi));
}

/** A random F×C×kh×kw filter bank. */
function filters(rng: Rng, f: number, c: number, kh: number, kw: number): number[][][][] {
  return Array.from({ length: f }, () => tensor3(rng, c, kh, kw, -1, 1));
}

/** Arguments of a random layer; stride and pad always given. */
function layer(rng: Rng, c: number, h: number, w: number, f: number, kh: number, kw: number, stride: number, pad: number) {
  return [tensor3(rng, c, h, w), filters(rng, f, c, kh, kw), rng.vector(f, -1, 1), stride, pad];
}

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'worked-example', kind: 'example', name: { en: 'a 3×3 image, one 2×2 filter (the worked example)', zh: '3×3 图像、一个 2×2 滤波器（题中例子）' }, call: 'conv2d', args: [X1, W1, B1] },
    { id: 'worked-stride-pad', kind: 'example', name: { en: 'the same with stride 2 and pad 1', zh: '同上，stride 2、pad 1' }, call: 'conv2d', args: [X1, W1, B1, 2, 1] },

    // ---- edge cases named by the catalog ----
    {
      id: 'stride-2-not-divisible',
      kind: 'edge',
      name: { en: 'stride 2 on a 5×5 image with a 2×2 kernel: (5 − 2)/2 is not an integer, so the last row and column are dropped', zh: '5×5 图像、2×2 卷积核、stride 2：(5 − 2)/2 不是整数，所以最后一行和一列被舍弃' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 1, 5, 5, 2, 2, 2, 2, 0),
    },
    {
      id: 'stride-2-not-divisible-wide',
      kind: 'edge',
      name: { en: 'stride 2 on a 4×7 image with a 3×3 kernel (floor on both axes)', zh: '4×7 图像、3×3 卷积核、stride 2（两个轴都向下取整）' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 4, 7, 1, 3, 3, 2, 0),
    },
    {
      id: 'pad-1-same',
      kind: 'edge',
      name: { en: 'pad 1 with a 3×3 kernel keeps a 4×4 image 4×4 (zeros on all four sides)', zh: '3×3 卷积核配 pad 1，4×4 图像仍是 4×4（四边补零）' },
      call: 'conv2d',
      args: [
        [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]],
        [[[[0, 0, 0], [0, 0, 1], [0, 0, 0]]], [[[0, 0, 0], [0, 0, 0], [0, 1, 0]]], [[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]],
        [0, 0, 0],
        1,
        1,
      ],
    },
    {
      id: 'pad-1-random',
      kind: 'edge',
      name: { en: 'pad 1 on a 2-channel 3×4 image with a 2×2 kernel', zh: '2 通道 3×4 图像、2×2 卷积核、pad 1' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 3, 4, 2, 2, 2, 1, 1),
    },
    {
      id: 'kernel-1x1',
      kind: 'edge',
      name: { en: 'a 1×1 kernel on a 3-channel image (mixes channels pixel by pixel)', zh: '3 通道图像上的 1×1 卷积核（逐像素混合通道）' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 3, 3, 4, 2, 1, 1, 1, 0),
    },
    {
      id: 'kernel-1x1-stride-2',
      kind: 'edge',
      name: { en: 'a 1×1 kernel with stride 2 on a 5×4 image (every other pixel)', zh: '5×4 图像上 stride 2 的 1×1 卷积核（隔一个像素取一个）' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 5, 4, 1, 1, 1, 2, 0),
    },
    {
      id: 'kernel-is-image',
      kind: 'edge',
      name: { en: 'kernel as large as the image: a 1×1 output per filter', zh: '卷积核与图像一样大：每个滤波器输出 1×1' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 3, 4, 3, 3, 4, 1, 0),
    },
    {
      id: 'non-square-kernel',
      kind: 'edge',
      name: { en: 'a non-square 2×3 kernel on a 4×5 image', zh: '4×5 图像上的非方形 2×3 卷积核' },
      call: 'conv2d',
      args: [
        [[[1, 0, 2, -1, 3], [0, 1, -2, 2, 1], [3, -1, 0, 1, 0], [1, 2, 1, 0, -2]]],
        [[[[1, 2, 3], [-1, 0, 1]]]],
        [0.5],
      ],
    },
    {
      id: 'non-square-kernel-pad',
      kind: 'edge',
      name: { en: 'a non-square 3×1 kernel with stride 2 and pad 1', zh: 'stride 2、pad 1 的非方形 3×1 卷积核' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 4, 3, 2, 3, 1, 2, 1),
    },
    {
      id: 'multiple-channels',
      kind: 'edge',
      name: { en: 'three input channels, two filters (each filter sums over all channels)', zh: '三个输入通道、两个滤波器（每个滤波器对所有通道求和）' },
      call: 'conv2d',
      args: [
        [
          [[1, 2, 0], [0, 1, 1], [2, 0, 1]],
          [[0, 1, 1], [1, 0, 2], [1, 1, 0]],
          [[2, 0, 1], [1, 1, 0], [0, 2, 1]],
        ],
        [
          [[[1, 0], [0, 0]], [[0, 1], [0, 0]], [[0, 0], [1, 0]]],
          [[[0, 0], [0, -1]], [[2, 0], [0, 0]], [[0, 0], [0, 3]]],
        ],
        [0, -1],
      ],
    },
    {
      id: 'defaults',
      kind: 'edge',
      name: { en: 'stride and pad omitted (1 and 0)', zh: '省略 stride 和 pad（1 和 0）' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 4, 4, 2, 2, 3, 1, 0).slice(0, 3),
    },
    {
      id: 'stride-only',
      kind: 'edge',
      name: { en: 'stride 2 given, pad omitted', zh: '给出 stride 2，省略 pad' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 1, 6, 5, 2, 2, 2, 2, 0).slice(0, 4),
    },
    {
      id: 'zero-image',
      kind: 'edge',
      name: { en: 'an all-zero image: every output is its filter’s bias', zh: '全零图像：每个输出都是其滤波器的偏置' },
      call: 'conv2d',
      generate: (rng) => [tensor3(rng, 2, 3, 3, 0, 0), filters(rng, 3, 2, 2, 2), [1.5, -2, 0]],
    },

    // ---- hidden ----
    {
      id: 'stride-3-pad-2',
      kind: 'hidden',
      name: { en: 'stride 3 and pad 2 on a 2-channel 5×6 image with a 3×3 kernel', zh: '2 通道 5×6 图像、3×3 卷积核、stride 3、pad 2' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 5, 6, 2, 3, 3, 3, 2),
    },
    {
      id: 'pad-larger-than-needed',
      kind: 'hidden',
      name: { en: 'pad 2 with a 2×2 kernel (outer rows and columns of the output see only padding)', zh: '2×2 卷积核配 pad 2（输出最外圈的行和列只看到填充）' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 1, 3, 3, 2, 2, 2, 1, 2),
    },
    {
      id: 'kernel-1x1-pad-1',
      kind: 'hidden',
      name: { en: 'a 1×1 kernel with pad 1: the border of each output channel is its bias', zh: '1×1 卷积核配 pad 1：每个输出通道的边框都是其偏置' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 2, 3, 2, 1, 1, 1, 1),
    },
    {
      id: 'one-pixel-image-pad',
      kind: 'hidden',
      name: { en: 'a 1×1 image with pad 1 and a 3×3 kernel (the kernel covers the whole padded image)', zh: '1×1 图像、pad 1、3×3 卷积核（卷积核覆盖整幅填充后的图像）' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 2, 1, 1, 2, 3, 3, 1, 1),
    },
    {
      id: 'rectangular-image',
      kind: 'hidden',
      name: { en: 'a tall 6×3 image with a 3×2 kernel', zh: '高的 6×3 图像、3×2 卷积核' },
      call: 'conv2d',
      generate: (rng) => layer(rng, 3, 6, 3, 2, 3, 2, 1, 0),
    },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random layers (channels, filters, kernel sizes, stride and pad)', zh: '随机的层（通道数、滤波器数、卷积核大小、stride 和 pad）' },
      call: 'conv2d',
      count: 8,
      generate: (rng) => {
        const c = rng.int(1, 3);
        const f = rng.int(1, 3);
        const h = rng.int(2, 6);
        const w = rng.int(2, 6);
        const pad = rng.int(0, 2);
        const kh = rng.int(1, Math.min(4, h + 2 * pad));
        const kw = rng.int(1, Math.min(4, w + 2 * pad));
        return layer(rng, c, h, w, f, kh, kw, rng.int(1, 3), pad);
      },
    },
  ],
});
