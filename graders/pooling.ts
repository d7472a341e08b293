import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: one 4×4 channel; its bottom-right 2×2 window is all negative.
const X1 = [
  [
    [1, 3, 2, 0],
    [4, -2, 1, 5],
    [0, 1, -3, -1],
    [2, 2, -4, -6],
  ],
];
// Overlapping windows (size 2, stride 1) on a 3×3 channel.
const X2 = [
  [
    [1, -2, 3],
    [0, 4, -1],
    [2, 1, 5],
  ],
];
// Two channels, every value negative.
const NEGATIVE = [
  [
    [-1, -5, -2, -8],
    [-3, -4, -7, -6],
  ],
  [
    [-0.5, -9, -3, -3],
    [-2, -1, -4, -0.25],
  ],
];

/** A random C×H×W array. */
function tensor3(rng: Rng, c: number, h: number, w: number, lo = -3, hi = 3): number[][][] {
  return Array.from({ length: c }, () => rng.matrix(h, w, lo, hi));
}

type Pool = 'maxPool2d' | 'avgPool2d';
const BOTH: Pool[] = ['maxPool2d', 'avgPool2d'];
const short = (p: Pool) => (p === 'maxPool2d' ? 'max' : 'avg');

/** One check per export, same inputs. */
function both({ id, name, ...spec }: { id: string; kind: 'example' | 'hidden' | 'edge'; name: { en: string; zh: string }; args?: unknown[]; generate?: (rng: Rng) => unknown[] }) {
  return BOTH.map((p) => ({ ...spec, id: `${short(p)}-${id}`, name: { en: `${p}: ${name.en}`, zh: `${p}：${name.zh}` }, call: p }));
}

/** Random sizes and strides, whole windows guaranteed to fit at least once. */
function randomCase(rng: Rng, negative = false): unknown[] {
  const size = rng.int(1, 3);
  const stride = rng.int(1, 3);
  const h = rng.int(size, 7);
  const w = rng.int(size, 7);
  const x = negative ? tensor3(rng, rng.int(1, 3), h, w, -5, -0.1) : tensor3(rng, rng.int(1, 3), h, w);
  return rng.random() < 0.25 ? [x, size] : [x, size, stride];
}

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'max-worked-example', kind: 'example', name: { en: 'maxPool2d: 2×2 windows on a 4×4 channel (the worked example)', zh: 'maxPool2d：4×4 通道上的 2×2 窗口（题中例子）' }, call: 'maxPool2d', args: [X1, 2] },
    { id: 'avg-worked-example', kind: 'example', name: { en: 'avgPool2d: 2×2 windows on a 4×4 channel (the worked example)', zh: 'avgPool2d：4×4 通道上的 2×2 窗口（题中例子）' }, call: 'avgPool2d', args: [X1, 2] },
    { id: 'max-overlap-example', kind: 'example', name: { en: 'maxPool2d: overlapping 2×2 windows, stride 1, on a 3×3 channel', zh: 'maxPool2d：3×3 通道上 stride 1 的重叠 2×2 窗口' }, call: 'maxPool2d', args: [X2, 2, 1] },

    // ---- edge cases named by the catalog ----
    { id: 'avg-overlap-example', kind: 'edge', name: { en: 'avgPool2d: overlapping 2×2 windows, stride 1, on a 3×3 channel', zh: 'avgPool2d：3×3 通道上 stride 1 的重叠 2×2 窗口' }, call: 'avgPool2d', args: [X2, 2, 1] },
    ...both({ id: 'overlap-3-2', kind: 'edge', name: { en: 'overlapping 3×3 windows with stride 2 on a 2-channel 5×5 input', zh: '2 通道 5×5 输入上 stride 2 的重叠 3×3 窗口' }, generate: (rng) => [tensor3(rng, 2, 5, 5), 3, 2] }),
    ...both({ id: 'not-divisible', kind: 'edge', name: { en: '2×2 windows on a 5×5 input: the last row and column are dropped', zh: '5×5 输入上的 2×2 窗口：最后一行和一列被舍弃' }, generate: (rng) => [tensor3(rng, 2, 5, 5), 2] }),
    ...both({ id: 'not-divisible-wide', kind: 'edge', name: { en: '3×3 windows on a 4×8 input (one row and two columns dropped)', zh: '4×8 输入上的 3×3 窗口（舍弃一行和两列）' }, generate: (rng) => [tensor3(rng, 1, 4, 8), 3] }),
    ...both({ id: 'not-divisible-stride', kind: 'edge', name: { en: '2×2 windows with stride 3 on a 6×7 input', zh: '6×7 输入上 stride 3 的 2×2 窗口' }, generate: (rng) => [tensor3(rng, 1, 6, 7), 2, 3] }),
    ...both({ id: 'all-negative', kind: 'edge', name: { en: 'every value negative (the max of negatives is negative)', zh: '所有值都为负（负数的最大值仍是负数）' }, args: [NEGATIVE, 2] }),
    ...both({ id: 'all-negative-overlap', kind: 'edge', name: { en: 'negative values with overlapping windows', zh: '重叠窗口中的负值' }, generate: (rng) => [tensor3(rng, 2, 4, 4, -10, -0.5), 2, 1] }),
    ...both({ id: 'stride-omitted', kind: 'edge', name: { en: 'stride omitted: it defaults to the window size', zh: '省略 stride：默认等于窗口大小' }, generate: (rng) => [tensor3(rng, 3, 6, 6), 3] }),
    ...both({ id: 'stride-omitted-uneven', kind: 'edge', name: { en: 'stride omitted on a 5×7 input with 2×2 windows', zh: '5×7 输入、2×2 窗口，省略 stride' }, generate: (rng) => [tensor3(rng, 2, 5, 7), 2] }),
    ...both({ id: 'size-1', kind: 'edge', name: { en: '1×1 windows with stride 1 (the input comes back)', zh: 'stride 1 的 1×1 窗口（输入原样返回）' }, generate: (rng) => [tensor3(rng, 2, 3, 4), 1, 1] }),
    ...both({ id: 'whole-image', kind: 'edge', name: { en: 'one window the size of the input (a 1×1 output per channel)', zh: '一个与输入一样大的窗口（每个通道输出 1×1）' }, generate: (rng) => [tensor3(rng, 3, 3, 3), 3] }),
    ...both({ id: 'one-row-of-windows', kind: 'edge', name: { en: 'a 2×6 input with 2×2 windows, stride 2 (one output row)', zh: '2×6 输入、2×2 窗口、stride 2（一行输出）' }, generate: (rng) => [tensor3(rng, 2, 2, 6), 2, 2] }),
    { id: 'max-ties', kind: 'edge', name: { en: 'maxPool2d: ties and zeros inside windows', zh: 'maxPool2d：窗口内的并列最大值与零' }, call: 'maxPool2d', args: [[[[0, 0, -1, -1], [0, 0, -1, -1]], [[2, 2, 0, -0.5], [2, 1, -0.5, 0]]], 2] },

    // ---- hidden ----
    ...both({ id: 'many-channels', kind: 'hidden', name: { en: 'four channels pooled independently', zh: '四个通道各自独立池化' }, generate: (rng) => [tensor3(rng, 4, 4, 6), 2] }),
    ...both({ id: 'stride-larger', kind: 'hidden', name: { en: 'stride larger than the window (pixels skipped)', zh: 'stride 大于窗口（跳过一些像素）' }, generate: (rng) => [tensor3(rng, 2, 7, 7), 2, 3] }),

    // ---- random ----
    ...BOTH.map((p) => ({ id: `${short(p)}-random`, kind: 'random' as const, name: { en: `${p}: random inputs, sizes and strides`, zh: `${p}：随机的输入、大小与 stride` }, call: p, count: 6, generate: (rng: Rng) => randomCase(rng) })),
    ...BOTH.map((p) => ({ id: `${short(p)}-random-negative`, kind: 'random' as const, name: { en: `${p}: random all-negative inputs`, zh: `${p}：全为负的随机输入` }, call: p, count: 2, generate: (rng: Rng) => randomCase(rng, true) })),
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 37:65 > → >=': 'on a tie both keep the same value',
  },
});
