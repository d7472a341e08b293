import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: two images, two channels of 1×2 pixels, channel means that differ.
const X2 = [
  [[[1, 3]], [[5, 7]]],
  [[[3, 5]], [[9, 3]]],
];
const T = [[[[0, 4]], [[7, 7]]]];
const TRAIN_MEAN = [[[2, 4]], [[7, 5]]];

// Four RGB 3×4 images with a bright blob that moves: the mean image is a smear of the four.
const BLOBS = [0, 1, 2, 3].map((k) =>
  [0.2, 0.5, 0.8].map((tint, c) => [0, 1, 2].map((y) => [0, 1, 2, 3].map((x) => (x === k && y === k % 3 ? 0.9 : tint * 0.3 + 0.05 * c * y)))),
);

/** A random N×C×H×W data set; channel c is shifted by c so that channel means differ. */
function dataset(rng: Rng, n: number, c: number, h: number, w: number): number[][][][] {
  return Array.from({ length: n }, () => Array.from({ length: c }, (_, k) => rng.matrix(h, w, k - 1, k + 1)));
}

/** The largest |Σ| of the values each group should have centred to 0. */
function worstSum(groups: number[][]): number {
  return Math.max(0, ...groups.map((g) => Math.abs(g.reduce((s, v) => s + v, 0))));
}
const isStack = (v: unknown): v is number[][][][] => Array.isArray(v) && v.every((img) => Array.isArray(img) && img.every((p) => Array.isArray(p) && p.every(Array.isArray)));

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'blobs', kind: 'example', name: { en: 'the mean image of four RGB pictures', zh: '四张 RGB 图片的均值图像' }, call: 'meanImage', args: [BLOBS] },
    { id: 'worked-mean-image', kind: 'example', name: { en: 'meanImage of the worked example', zh: '例子的 meanImage' }, call: 'meanImage', args: [X2] },
    { id: 'worked-subtract', kind: 'example', name: { en: 'subtractMeanImage of the worked example (its own mean)', zh: '例子的 subtractMeanImage（用自己的均值）' }, call: 'subtractMeanImage', args: [X2] },
    { id: 'worked-per-image', kind: 'example', name: { en: 'subtractPerImageMean of the worked example', zh: '例子的 subtractPerImageMean' }, call: 'subtractPerImageMean', args: [X2] },
    { id: 'worked-global', kind: 'example', name: { en: 'subtractGlobalMean of the worked example', zh: '例子的 subtractGlobalMean' }, call: 'subtractGlobalMean', args: [X2] },
    { id: 'worked-test-image', kind: 'example', name: { en: 'a test image centred with the training mean image', zh: '用训练集均值图像中心化一张测试图像' }, call: 'subtractMeanImage', args: [T, TRAIN_MEAN] },

    // ---- edge cases ----
    { id: 'one-image-mean', kind: 'edge', name: { en: 'the mean image of one image is that image', zh: '一张图像的均值图像就是它自己' }, call: 'meanImage', args: [[[[[1.5, -2, 0.25]], [[4, 0, -1]]]]] },
    { id: 'one-image-subtract', kind: 'edge', name: { en: 'one image minus its own mean image is all zeros', zh: '一张图像减去它自己的均值图像全为 0' }, call: 'subtractMeanImage', args: [[[[[1.5, -2, 0.25]], [[4, 0, -1]]]]] },
    { id: 'one-pixel-images', kind: 'edge', name: { en: 'three 1×1×1 images', zh: '三张 1×1×1 图像' }, call: 'meanImage', args: [[[[[2]]], [[[-4]]], [[[11]]]]] },
    { id: 'per-image-one-channel', kind: 'edge', name: { en: 'subtractPerImageMean on one-channel 2×3 images', zh: '单通道 2×3 图像的 subtractPerImageMean' }, call: 'subtractPerImageMean', args: [[[[[1, 2, 3], [4, 5, 9]]], [[[0, 0, 0], [0, 0, 6]]]]] },
    { id: 'per-image-channels-differ', kind: 'edge', name: { en: 'subtractPerImageMean where the channel means differ (one number per image)', zh: '通道均值不同时的 subtractPerImageMean（每张图像一个数）' }, call: 'subtractPerImageMean', args: [[[[[0, 2]], [[10, 12]], [[-5, -3]]]]] },
    { id: 'test-mean-zeros', kind: 'edge', name: { en: 'a zero mean image leaves the images unchanged', zh: '零均值图像不改变图像' }, call: 'subtractMeanImage', args: [X2, [[[0, 0]], [[0, 0]]]] },
    { id: 'test-mean-given', kind: 'edge', name: { en: 'three test images centred with a given mean image', zh: '用给定的均值图像中心化三张测试图像' }, call: 'subtractMeanImage', generate: (rng) => [dataset(rng, 3, 2, 2, 3), dataset(rng, 1, 2, 2, 3)[0]] },
    { id: 'empty-with-mean', kind: 'edge', name: { en: 'no images with a given mean: []', zh: '没有图像、给定均值：[]' }, call: 'subtractMeanImage', args: [[], [[[1, 2]]]] },
    { id: 'empty-per-image', kind: 'edge', name: { en: 'subtractPerImageMean of no images: []', zh: '没有图像时 subtractPerImageMean 返回 []' }, call: 'subtractPerImageMean', args: [[]] },
    { id: 'empty-global', kind: 'edge', name: { en: 'subtractGlobalMean of no images: []', zh: '没有图像时 subtractGlobalMean 返回 []' }, call: 'subtractGlobalMean', args: [[]] },
    { id: 'global-one-image', kind: 'edge', name: { en: 'subtractGlobalMean of one 2-channel image', zh: '一张双通道图像的 subtractGlobalMean' }, call: 'subtractGlobalMean', args: [[[[[1, 2, 3]], [[7, 8, 9]]]]] },

    // ---- errors ----
    { id: 'empty-mean-image', kind: 'error', name: { en: 'meanImage of no images throws', zh: '没有图像时 meanImage 抛出异常' }, call: 'meanImage', args: [[]], throws: 'empty' },
    { id: 'empty-subtract', kind: 'error', name: { en: 'subtractMeanImage of no images and no mean throws', zh: '没有图像也没有均值时 subtractMeanImage 抛出异常' }, call: 'subtractMeanImage', args: [[]], throws: 'empty' },

    // ---- hidden ----
    { id: 'five-rgb', kind: 'hidden', name: { en: 'five RGB 3×2 images', zh: '五张 RGB 3×2 图像' }, call: 'meanImage', generate: (rng) => [dataset(rng, 5, 3, 3, 2)] },
    { id: 'global-rgb', kind: 'hidden', name: { en: 'subtractGlobalMean of four RGB 2×3 images', zh: '四张 RGB 2×3 图像的 subtractGlobalMean' }, call: 'subtractGlobalMean', generate: (rng) => [dataset(rng, 4, 3, 2, 3)] },
    { id: 'per-image-rgb', kind: 'hidden', name: { en: 'subtractPerImageMean of three RGB 2×2 images', zh: '三张 RGB 2×2 图像的 subtractPerImageMean' }, call: 'subtractPerImageMean', generate: (rng) => [dataset(rng, 3, 3, 2, 2)] },

    // ---- random ----
    ...(['meanImage', 'subtractMeanImage', 'subtractPerImageMean', 'subtractGlobalMean'] as const).map((call) => ({
      id: `random-${call.replace(/[A-Z]/g, (ch) => '-' + ch.toLowerCase())}`,
      kind: 'random' as const,
      name: { en: `${call} on random data sets`, zh: `随机数据集上的 ${call}` },
      call,
      count: 4,
      generate: (rng: Rng) => [dataset(rng, rng.int(1, 5), rng.int(1, 3), rng.int(1, 4), rng.int(1, 4))],
    })),
    {
      id: 'random-train-test',
      kind: 'random',
      name: { en: 'test images centred with a training mean image', zh: '用训练集均值图像中心化测试图像' },
      call: 'subtractMeanImage',
      count: 4,
      generate: (rng) => {
        const [c, h, w] = [rng.int(1, 3), rng.int(1, 3), rng.int(1, 3)];
        return [dataset(rng, rng.int(1, 3), c, h, w), dataset(rng, 1, c, h, w)[0]];
      },
    },

    // ---- properties ----
    {
      id: 'centred-pixels',
      kind: 'property',
      name: { en: 'after subtracting the mean image every pixel sums to 0 over the images', zh: '减去均值图像后每个像素在所有图像上的和为 0' },
      call: 'subtractMeanImage',
      generate: (rng) => [dataset(rng, 4, 2, 2, 3)],
      property: ({ got }) => {
        if (!isStack(got) || got.length === 0) return null;
        const groups = got[0].flatMap((p, c) => p.flatMap((r, y) => r.map((_, x) => got.map((img) => img[c][y][x]))));
        return worstSum(groups) > 1e-9 ? { en: 'some pixel does not sum to 0 over the images', zh: '有像素在所有图像上的和不为 0' } : null;
      },
    },
    {
      id: 'centred-images',
      kind: 'property',
      name: { en: 'after subtractPerImageMean every image sums to 0', zh: 'subtractPerImageMean 之后每张图像的和为 0' },
      call: 'subtractPerImageMean',
      generate: (rng) => [dataset(rng, 3, 3, 2, 2)],
      property: ({ got }) => {
        if (!isStack(got)) return null;
        return worstSum(got.map((img) => img.flat(2))) > 1e-9 ? { en: 'some image does not sum to 0', zh: '有图像的和不为 0' } : null;
      },
    },
  ],
});
