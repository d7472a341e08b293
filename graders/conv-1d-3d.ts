import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked examples (a kernel that is not symmetric, so a flipped kernel shows).
const X1 = [[1, 2, 0, 3, 1]];
const W1 = [[[1, 0, -1]]];
const CUBE = [[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]];
const CORNERS = [[[[[1, 0], [0, 0]], [[0, 0], [0, -1]]]]];

/** A random array of the given shape with entries in [lo, hi]. */
function tensor(rng: Rng, shape: number[], lo = -2, hi = 2): any {
  if (shape.length === 1) return rng.vector(shape[0], lo, hi);
  return Array.from({ length: shape[0] }, () => tensor(rng, shape.slice(1), lo, hi));
}

/** Arguments of a random 1-D layer: C×L input, F filters of size k. */
function layer1(rng: Rng, c: number, l: number, f: number, k: number, stride: number, pad: number) {
  return [tensor(rng, [c, l]), tensor(rng, [f, c, k], -1, 1), rng.vector(f, -1, 1), stride, pad];
}

/** Arguments of a random 3-D layer: C×D×H×W input, F filters kd×kh×kw. */
function layer3(rng: Rng, c: number, [d, h, w]: number[], f: number, [kd, kh, kw]: number[], stride: number, pad: number) {
  return [tensor(rng, [c, d, h, w]), tensor(rng, [f, c, kd, kh, kw], -1, 1), rng.vector(f, -1, 1), stride, pad];
}

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'worked-1d', kind: 'example', name: { en: 'conv1d: the worked example', zh: 'conv1d：例子' }, call: 'conv1d', args: [X1, W1, [0.5]] },
    { id: 'worked-1d-stride-pad', kind: 'example', name: { en: 'conv1d: the worked example with stride 2 and pad 1', zh: 'conv1d：例子，步幅 2、填充 1' }, call: 'conv1d', args: [X1, W1, [0.5], 2, 1] },
    { id: 'worked-3d', kind: 'example', name: { en: 'conv3d: the 2×2×2 cube (the worked example)', zh: 'conv3d：2×2×2 立方体（例子）' }, call: 'conv3d', args: [CUBE, CORNERS, [0]] },
    {
      id: 'two-channels-1d',
      kind: 'example',
      name: { en: 'conv1d: two channels, two filters', zh: 'conv1d：两个通道、两个滤波器' },
      call: 'conv1d',
      args: [[[1, 2, 0, 3], [0, 1, 1, 0]], [[[1, 2], [0, -1]], [[1, 1], [1, 1]]], [0, 1]],
    },

    // ---- edge cases: conv1d ----
    { id: 'stride-not-dividing-1d', kind: 'edge', name: { en: 'conv1d: stride 2, (6 − 3)/2 not an integer: the last position is dropped', zh: 'conv1d：步幅 2，(6 − 3)/2 不是整数：最后一个位置被丢弃' }, call: 'conv1d', generate: (rng) => layer1(rng, 2, 6, 2, 3, 2, 0) },
    { id: 'stride-3-pad-2-1d', kind: 'edge', name: { en: 'conv1d: stride 3 and pad 2', zh: 'conv1d：步幅 3、填充 2' }, call: 'conv1d', generate: (rng) => layer1(rng, 1, 7, 2, 2, 3, 2) },
    { id: 'kernel-is-input-1d', kind: 'edge', name: { en: 'conv1d: kernel as long as the input (one output per filter)', zh: 'conv1d：卷积核与输入等长（每个滤波器一个输出）' }, call: 'conv1d', generate: (rng) => layer1(rng, 3, 4, 2, 4, 1, 0) },
    { id: 'kernel-1-1d', kind: 'edge', name: { en: 'conv1d: kernel size 1 with pad 1 (the ends see only padding)', zh: 'conv1d：卷积核大小 1、填充 1（两端只看到填充）' }, call: 'conv1d', generate: (rng) => layer1(rng, 2, 3, 3, 1, 1, 1) },
    { id: 'defaults-1d', kind: 'edge', name: { en: 'conv1d: stride and pad omitted', zh: 'conv1d：省略步幅和填充' }, call: 'conv1d', generate: (rng) => layer1(rng, 2, 5, 2, 2, 1, 0).slice(0, 3) },
    { id: 'zero-input-1d', kind: 'edge', name: { en: 'conv1d: a zero input gives each filter’s bias once', zh: 'conv1d：全零输入得到每个滤波器的偏置（只加一次）' }, call: 'conv1d', generate: (rng) => [[[0, 0, 0], [0, 0, 0], [0, 0, 0]], tensor(rng, [2, 3, 2], -1, 1), [1.5, -2]] },

    // ---- edge cases: conv3d ----
    { id: 'depth-stride', kind: 'edge', name: { en: 'conv3d: stride 2 along depth, height and width of a 5×4×4 volume', zh: 'conv3d：在 5×4×4 体数据的深度、高、宽上步幅 2' }, call: 'conv3d', generate: (rng) => layer3(rng, 1, [5, 4, 4], 2, [2, 2, 2], 2, 0) },
    { id: 'depth-stride-pad', kind: 'edge', name: { en: 'conv3d: stride 2 and pad 1 on a 4×3×5 volume', zh: 'conv3d：4×3×5 体数据，步幅 2、填充 1' }, call: 'conv3d', generate: (rng) => layer3(rng, 2, [4, 3, 5], 1, [3, 2, 3], 2, 1) },
    { id: 'stride-not-dividing-3d', kind: 'edge', name: { en: 'conv3d: stride 2 where (n − k)/2 is not an integer on any axis', zh: 'conv3d：每个轴上 (n − k)/2 都不是整数的步幅 2' }, call: 'conv3d', generate: (rng) => layer3(rng, 1, [4, 5, 6], 1, [1, 2, 3], 2, 0) },
    { id: 'depth-kernel-1', kind: 'edge', name: { en: 'conv3d: kernel depth 1 (a 2-D convolution of every slice)', zh: 'conv3d：卷积核深度为 1（对每个切片做二维卷积）' }, call: 'conv3d', generate: (rng) => layer3(rng, 2, [3, 3, 3], 2, [1, 2, 2], 1, 0) },
    { id: 'channels-3d', kind: 'edge', name: { en: 'conv3d: three input channels, bias added once', zh: 'conv3d：三个输入通道，偏置只加一次' }, call: 'conv3d', generate: (rng) => layer3(rng, 3, [2, 2, 3], 2, [2, 1, 2], 1, 0) },
    { id: 'pad-3d', kind: 'edge', name: { en: 'conv3d: pad 1 with a 3×3×3 kernel keeps a 2×3×2 volume’s size', zh: 'conv3d：3×3×3 卷积核、填充 1 保持 2×3×2 体数据的尺寸' }, call: 'conv3d', generate: (rng) => layer3(rng, 1, [2, 3, 2], 2, [3, 3, 3], 1, 1) },
    { id: 'defaults-3d', kind: 'edge', name: { en: 'conv3d: stride and pad omitted', zh: 'conv3d：省略步幅和填充' }, call: 'conv3d', generate: (rng) => layer3(rng, 1, [3, 2, 3], 1, [2, 2, 2], 1, 0).slice(0, 3) },
    { id: 'stride-only-3d', kind: 'edge', name: { en: 'conv3d: stride 3 given, pad omitted', zh: 'conv3d：给定步幅 3、省略填充' }, call: 'conv3d', generate: (rng) => layer3(rng, 1, [4, 4, 5], 1, [1, 1, 2], 3, 0).slice(0, 4) },

    // ---- hidden ----
    { id: 'long-sequence', kind: 'hidden', name: { en: 'conv1d: 3 channels, length 12, stride 2, pad 1', zh: 'conv1d：3 个通道、长度 12、步幅 2、填充 1' }, call: 'conv1d', generate: (rng) => layer1(rng, 3, 12, 3, 4, 2, 1) },
    { id: 'video', kind: 'hidden', name: { en: 'conv3d: 3 channels, 4 frames of 3×3, pad 1', zh: 'conv3d：3 个通道、4 帧 3×3、填充 1' }, call: 'conv3d', generate: (rng) => layer3(rng, 3, [4, 3, 3], 2, [2, 3, 3], 1, 1) },

    // ---- random ----
    {
      id: 'random-1d',
      kind: 'random',
      name: { en: 'conv1d: random layers', zh: 'conv1d：随机层' },
      call: 'conv1d',
      count: 6,
      generate: (rng) => {
        const pad = rng.int(0, 2);
        const l = rng.int(1, 8);
        return layer1(rng, rng.int(1, 3), l, rng.int(1, 3), rng.int(1, Math.min(4, l + 2 * pad)), rng.int(1, 3), pad);
      },
    },
    {
      id: 'random-3d',
      kind: 'random',
      name: { en: 'conv3d: random layers', zh: 'conv3d：随机层' },
      call: 'conv3d',
      count: 6,
      generate: (rng) => {
        const pad = rng.int(0, 1);
        const dims = [rng.int(1, 4), rng.int(1, 4), rng.int(1, 4)];
        const ks = dims.map((n) => rng.int(1, Math.min(3, n + 2 * pad)));
        return layer3(rng, rng.int(1, 2), dims, rng.int(1, 2), ks, rng.int(1, 2), pad);
      },
    },

    // ---- property ----
    {
      id: 'conv3d-depth-one-is-conv1d',
      kind: 'property',
      name: { en: 'conv3d on a 1×1×L volume agrees with conv1d on the length-L sequence (stride 2, no padding)', zh: '1×1×L 体数据上的 conv3d 与长度 L 序列上的 conv1d 一致（步幅 2、不填充）' },
      call: 'conv1d',
      generate: (rng) => layer1(rng, 2, 8, 2, 3, 2, 0),
      property: ({ got, args, call }) => {
        const [x, w, b, stride] = args as [number[][], number[][][], number[], number];
        const as3d = call('conv3d', x.map((r) => [[r]]), w.map((f) => f.map((r) => [[r]])), b, stride, 0) as number[][][][];
        const mid = as3d.map((f) => f?.[0]?.[0]);
        const mine = got as number[][];
        const bad = mine.some((row, f) => row.some((v, i) => !mid[f] || Math.abs(mid[f][i] - v) > 1e-9));
        return bad ? { en: 'conv1d differs from conv3d on the same sequence laid along the width', zh: 'conv1d 与把同一序列放在宽度方向上的 conv3d 结果不同' } : null;
      },
    },
  ],
});
