import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: one 2×3 channel and one filter per branch, each kernel a centred 1.
const X = [[[1, -2, 0], [-3, 5, -1]]];
const centre = (k: number) => Array.from({ length: k }, (_, u) => Array.from({ length: k }, (_, v) => (u === (k - 1) / 2 && v === (k - 1) / 2 ? 1 : 0)));
const P_WORKED = {
  w1: [[1]], b1: [0],
  w3Reduce: [[1]], b3Reduce: [0], w3: [[centre(3)]], b3: [0],
  w5Reduce: [[-1]], b5Reduce: [0], w5: [[centre(5)]], b5: [0],
  wPool: [[1]], bPool: [-1],
};
// Negative everywhere: a max pool padded with zeros gives 0 at the border.
const NEGATIVE = [[[-1, -2, -3, -4], [-5, -6, -7, -8], [-9, -10, -11, -12]]];

/** A random C×H×W map with entries in [lo, hi]. */
function maps(rng: Rng, c: number, h: number, w: number, lo = -2, hi = 2): number[][][] {
  return Array.from({ length: c }, () => rng.matrix(h, w, lo, hi));
}

/** Random parameters: branch widths F1, F3, F5, FP and reductions R3, R5 for C input channels. */
function params(rng: Rng, c: number, [f1, r3, f3, r5, f5, fp]: number[]) {
  const bias = (n: number) => rng.vector(n, -0.5, 0.5);
  return {
    w1: rng.matrix(f1, c), b1: bias(f1),
    w3Reduce: rng.matrix(r3, c), b3Reduce: bias(r3), w3: Array.from({ length: f3 }, () => maps(rng, r3, 3, 3, -1, 1)), b3: bias(f3),
    w5Reduce: rng.matrix(r5, c), b5Reduce: bias(r5), w5: Array.from({ length: f5 }, () => maps(rng, r5, 5, 5, -1, 1)), b5: bias(f5),
    wPool: rng.matrix(fp, c), bPool: bias(fp),
  };
}

const isMaps = (v: unknown): v is number[][][] => Array.isArray(v) && v.every((p) => Array.isArray(p) && p.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'number')));

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'block-worked', kind: 'example', name: { en: 'the block on one 2×3 channel with centred kernels (the worked example)', zh: '单个 2×3 通道、中心卷积核的块（例子）' }, call: 'inceptionBlock', args: [X, P_WORKED] },
    { id: 'pool-worked', kind: 'example', name: { en: 'maxPoolSame on a 3×4 channel of negative values', zh: '全为负数的 3×4 通道上的 maxPoolSame' }, call: 'maxPoolSame', args: [NEGATIVE] },
    {
      id: 'block-small',
      kind: 'example',
      name: { en: 'two channels, 3×4, branch widths 1, 2, 1, 1', zh: '两个通道、3×4、分支宽度 1、2、1、1' },
      call: 'inceptionBlock',
      generate: (rng) => [maps(rng, 2, 3, 4), params(rng, 2, [1, 2, 2, 1, 1, 1])],
    },

    // ---- maxPoolSame edges ----
    { id: 'pool-size-5', kind: 'edge', name: { en: 'maxPoolSame with size 5 on a 4×6 channel', zh: 'size 5 的 maxPoolSame，4×6 通道' }, call: 'maxPoolSame', generate: (rng) => [maps(rng, 1, 4, 6, -3, -1), 5] },
    { id: 'pool-size-1', kind: 'edge', name: { en: 'maxPoolSame with size 1 returns the input', zh: 'size 1 的 maxPoolSame 返回输入' }, call: 'maxPoolSame', generate: (rng) => [maps(rng, 2, 2, 3), 1] },
    { id: 'pool-window-larger', kind: 'edge', name: { en: 'a 5×5 window larger than a 2×3 image', zh: '比 2×3 图像大的 5×5 窗口' }, call: 'maxPoolSame', args: [[[[-4, -2, -7], [-3, -9, -5]]], 5] },
    { id: 'pool-one-pixel', kind: 'edge', name: { en: 'maxPoolSame of a 1×1 image', zh: '1×1 图像的 maxPoolSame' }, call: 'maxPoolSame', args: [[[[-2.5]], [[3]]]] },
    { id: 'pool-channels', kind: 'edge', name: { en: 'maxPoolSame pools every channel on its own', zh: 'maxPoolSame 对每个通道单独池化' }, call: 'maxPoolSame', args: [[[[1, 0, 0, 0, 2]], [[0, 0, 9, 0, 0]], [[-1, -1, -1, -1, -5]]]] },
    { id: 'pool-tall', kind: 'edge', name: { en: 'maxPoolSame on a tall 6×2 channel', zh: '高 6×2 通道上的 maxPoolSame' }, call: 'maxPoolSame', args: [[[[-6, -5], [-4, -3], [-2, -1], [0, 1], [2, 3], [4, 5]]]] },

    // ---- inceptionBlock edges ----
    { id: 'block-widths', kind: 'edge', name: { en: 'branch widths 1, 2, 3 and 2 (channels in the order 1×1, 3×3, 5×5, pool)', zh: '分支宽度 1、2、3、2（通道顺序 1×1、3×3、5×5、池化）' }, call: 'inceptionBlock', generate: (rng) => [maps(rng, 3, 4, 5), params(rng, 3, [1, 2, 2, 2, 3, 2])] },
    { id: 'block-one-pixel', kind: 'edge', name: { en: 'a 1×1 image (the 3×3 and 5×5 see only their centre)', zh: '1×1 图像（3×3 和 5×5 只看到中心）' }, call: 'inceptionBlock', generate: (rng) => [maps(rng, 2, 1, 1), params(rng, 2, [1, 1, 1, 1, 1, 1])] },
    { id: 'block-wide', kind: 'edge', name: { en: 'a wide 2×7 image', zh: '宽 2×7 图像' }, call: 'inceptionBlock', generate: (rng) => [maps(rng, 1, 2, 7), params(rng, 1, [2, 1, 1, 2, 2, 1])] },
    { id: 'block-negative', kind: 'edge', name: { en: 'an all-negative input (max pool over the part inside the image)', zh: '全为负数的输入（只在图像内的部分取最大值）' }, call: 'inceptionBlock', generate: (rng) => [maps(rng, 2, 3, 3, -3, -0.5), params(rng, 2, [1, 1, 1, 1, 1, 2])] },
    {
      id: 'block-reduce-negative',
      kind: 'edge',
      name: { en: 'reductions with negative outputs (their ReLU matters)', zh: '降维输出为负（它们的 ReLU 起作用）' },
      call: 'inceptionBlock',
      generate: (rng) => {
        const p = params(rng, 2, [1, 2, 1, 2, 1, 1]);
        return [maps(rng, 2, 4, 4, 0, 2), { ...p, b3Reduce: [-1, -1.5], b5Reduce: [-1.5, -1], w3: p.w3.map((f) => f.map((ch) => ch.map((r) => r.map((v) => -Math.abs(v))))), b3: [1.5], w5: p.w5.map((f) => f.map((ch) => ch.map((r) => r.map((v) => -Math.abs(v))))), b5: [1.5] }];
      },
    },

    // ---- hidden ----
    { id: 'block-5x5', kind: 'hidden', name: { en: 'a 5×5 image with 3 channels', zh: '3 个通道的 5×5 图像' }, call: 'inceptionBlock', generate: (rng) => [maps(rng, 3, 5, 5), params(rng, 3, [2, 2, 2, 1, 2, 1])] },
    { id: 'block-6x3', kind: 'hidden', name: { en: 'a tall 6×3 image', zh: '高 6×3 图像' }, call: 'inceptionBlock', generate: (rng) => [maps(rng, 2, 6, 3), params(rng, 2, [1, 1, 2, 2, 1, 2])] },

    // ---- random ----
    {
      id: 'random-pool',
      kind: 'random',
      name: { en: 'maxPoolSame on random maps and odd sizes', zh: '随机特征图和奇数窗口上的 maxPoolSame' },
      call: 'maxPoolSame',
      count: 5,
      generate: (rng) => [maps(rng, rng.int(1, 3), rng.int(1, 6), rng.int(1, 6)), 2 * rng.int(0, 3) + 1],
    },
    {
      id: 'random-block',
      kind: 'random',
      name: { en: 'random blocks', zh: '随机的块' },
      call: 'inceptionBlock',
      count: 6,
      generate: (rng) => {
        const c = rng.int(1, 3);
        return [maps(rng, c, rng.int(1, 5), rng.int(1, 5)), params(rng, c, [rng.int(1, 2), rng.int(1, 2), rng.int(1, 2), rng.int(1, 2), rng.int(1, 2), rng.int(1, 2)])];
      },
    },

    // ---- properties ----
    {
      id: 'pool-dominates',
      kind: 'property',
      name: { en: 'the max pool is never below the pixel it is centred on', zh: '最大池化的结果不小于窗口中心的像素' },
      call: 'maxPoolSame',
      generate: (rng) => [maps(rng, 2, 4, 5), 3],
      property: ({ got, args }) => {
        const x = args[0] as number[][][];
        if (!isMaps(got)) return null;
        const bad = x.some((p, c) => p.some((r, y) => r.some((v, i) => !(got[c]?.[y]?.[i] >= v))));
        return bad ? { en: 'some pooled value is below its own pixel', zh: '有池化值小于它自己的像素' } : null;
      },
    },
    {
      id: 'block-non-negative',
      kind: 'property',
      name: { en: 'every output of the block is ≥ 0 (ReLU last on every branch)', zh: '块的每个输出都 ≥ 0（每个分支最后都是 ReLU）' },
      call: 'inceptionBlock',
      generate: (rng) => [maps(rng, 2, 3, 3), params(rng, 2, [1, 1, 1, 1, 1, 1])],
      property: ({ got }) => (isMaps(got) && got.some((p) => p.some((r) => r.some((v) => v < 0))) ? { en: 'some output is negative', zh: '有输出为负' } : null),
    },
  ],
});
