import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: 3×3, values 1…9 (no symmetry, so every direction and centre shows).
const X3 = [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]];
// A 2×4 image: a quarter turn does not fit, its centre (0.5, 1.5) is off the pixel grid.
const WIDE = [[[1, 2, 3, 4], [5, 6, 7, 8]]];
// An RGB arrow on black, 7×9, pointing right: easy to see which way it turns.
const ARROW = ((): number[][][] => {
  const on = ['.........', '.....#...', '.....##..', '.#######.', '.....##..', '.....#...', '.........'];
  const plane = (v: number, w: number) => on.map((row) => [...row].map((ch, x) => (ch === '#' ? v + (w * x) / 8 : 0)));
  return [plane(0.9, 0.1), plane(0.3, 0.6), plane(0.1, -0.1)];
})();

/** A random C×H×W image with entries in [0, 1]. */
function image(rng: Rng, c: number, h: number, w: number): number[][][] {
  return Array.from({ length: c }, () => rng.matrix(h, w, 0, 1));
}

const sameSize = (got: unknown, img: number[][][]) =>
  Array.isArray(got) && got.length === img.length && got.every((p, c) => Array.isArray(p) && p.length === img[c].length && p.every((r: unknown) => Array.isArray(r) && r.length === img[c][0].length));

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'arrow', kind: 'example', name: { en: 'an RGB arrow turned by 30° and zoomed by 1.25', zh: 'RGB 箭头旋转 30° 并放大 1.25 倍' }, call: 'rotateScale', args: [ARROW, 30, 1.25] },
    { id: 'worked-rot90', kind: 'example', name: { en: 'a quarter turn of the 3×3 worked example', zh: '例子中的 3×3 图像转四分之一圈' }, call: 'rotateScale', args: [X3, 90, 1] },
    { id: 'worked-zoom', kind: 'example', name: { en: 'the 3×3 worked example zoomed by 2', zh: '例子中的 3×3 图像放大 2 倍' }, call: 'rotateScale', args: [X3, 0, 2] },
    { id: 'worked-wide', kind: 'example', name: { en: 'a quarter turn of a 2×4 image (zero fill)', zh: '2×4 图像转四分之一圈（零填充）' }, call: 'rotateScale', args: [WIDE, 90, 1] },
    {
      id: 'random-example',
      kind: 'example',
      name: { en: 'randomRotateScale with u = [0.25, 0.5], angles in [−40, 40], scales in [0.5, 1.5]', zh: 'randomRotateScale：u = [0.25, 0.5]，角度在 [−40, 40]，缩放在 [0.5, 1.5]' },
      call: 'randomRotateScale',
      args: [X3, [0.25, 0.5], [-40, 40], [0.5, 1.5]],
    },

    // ---- edge cases ----
    { id: 'identity', kind: 'edge', name: { en: 'angle 0 and scale 1 return the image', zh: '角度 0、缩放 1 返回原图' }, call: 'rotateScale', args: [ARROW, 0, 1] },
    { id: 'rot90-square-4', kind: 'edge', name: { en: '90° on a 4×4 image equals np.rot90 (centre between pixels)', zh: '4×4 图像转 90° 等于 np.rot90（中心在像素之间）' }, call: 'rotateScale', args: [[[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]], 90, 1] },
    { id: 'rot-minus-90', kind: 'edge', name: { en: '−90° on a 3×3 image (clockwise)', zh: '3×3 图像转 −90°（顺时针）' }, call: 'rotateScale', args: [X3, -90, 1] },
    { id: 'rot-180-wide', kind: 'edge', name: { en: '180° on a 2×4 image', zh: '2×4 图像转 180°' }, call: 'rotateScale', args: [WIDE, 180, 1] },
    { id: 'rot-90-tall', kind: 'edge', name: { en: '90° on a 5×2 image', zh: '5×2 图像转 90°' }, call: 'rotateScale', args: [[[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]], 90, 1] },
    { id: 'rot-45', kind: 'edge', name: { en: '45° on a 3×3 image: corners blend with the zero outside', zh: '3×3 图像转 45°：角落与外面的 0 混合' }, call: 'rotateScale', args: [X3, 45, 1] },
    { id: 'zoom-out', kind: 'edge', name: { en: 'scale 0.5 on a 3×4 image: the border comes from outside (zero fill)', zh: '3×4 图像缩放 0.5：边框来自图像之外（零填充）' }, call: 'rotateScale', args: [[[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], 0, 0.5] },
    { id: 'zoom-out-rotate', kind: 'edge', name: { en: '20° with scale 0.8 on a 3-channel 4×5 image', zh: '3 通道 4×5 图像旋转 20°、缩放 0.8' }, call: 'rotateScale', generate: (rng) => [image(rng, 3, 4, 5), 20, 0.8] },
    { id: 'zoom-in-wide', kind: 'edge', name: { en: 'scale 3 on a 2×5 image (no rotation)', zh: '2×5 图像缩放 3 倍（不旋转）' }, call: 'rotateScale', args: [[[[1, 3, 2, 5, 4], [0, -1, 2, 6, 1]]], 0, 3] },
    { id: 'one-pixel', kind: 'edge', name: { en: 'a 1×1 image keeps its pixel at any angle and scale', zh: '1×1 图像在任何角度和缩放下保持像素不变' }, call: 'rotateScale', args: [[[[0.7]], [[0.2]]], 73, 2.5] },
    { id: 'full-turn', kind: 'edge', name: { en: '360° returns the image', zh: '360° 返回原图' }, call: 'rotateScale', args: [WIDE, 360, 1] },
    { id: 'channels-alike', kind: 'edge', name: { en: 'two channels get the same transform', zh: '两个通道做同样的变换' }, call: 'rotateScale', args: [[[[1, 0, 0], [0, 0, 0]], [[0, 0, 0], [0, 0, 2]]], 60, 1.2] },
    { id: 'random-lo-ends', kind: 'edge', name: { en: 'randomRotateScale with u = [0, 0]: angle a_lo, scale s_lo', zh: 'randomRotateScale 取 u = [0, 0]：角度 a_lo，缩放 s_lo' }, call: 'randomRotateScale', args: [WIDE, [0, 0], [30, 90], [2, 4]] },
    { id: 'random-near-hi', kind: 'edge', name: { en: 'randomRotateScale with u near 1', zh: 'randomRotateScale 取接近 1 的 u' }, call: 'randomRotateScale', args: [X3, [0.999, 0.75], [-10, 170], [0.25, 1.25]] },

    // ---- errors ----
    { id: 'scale-zero', kind: 'error', name: { en: 'scale 0 throws', zh: '缩放为 0 时抛出异常' }, call: 'rotateScale', args: [X3, 10, 0], throws: 'scale' },
    { id: 'scale-negative', kind: 'error', name: { en: 'a negative scale throws', zh: '负缩放抛出异常' }, call: 'rotateScale', args: [X3, 10, -1], throws: 'scale' },
    { id: 'random-scale-zero', kind: 'error', name: { en: 'randomRotateScale reaching scale 0 throws', zh: 'randomRotateScale 得到缩放 0 时抛出异常' }, call: 'randomRotateScale', args: [X3, [0.5, 0], [0, 10], [0, 1]], throws: 'scale' },

    // ---- hidden ----
    { id: 'rot-30-tall', kind: 'hidden', name: { en: '−30° with scale 1.5 on a 6×3 image', zh: '6×3 图像旋转 −30°、缩放 1.5' }, call: 'rotateScale', generate: (rng) => [image(rng, 1, 6, 3), -30, 1.5] },
    { id: 'rot-big-angle', kind: 'hidden', name: { en: '405° equals 45°', zh: '405° 等于 45°' }, call: 'rotateScale', generate: (rng) => [image(rng, 2, 4, 4), 405, 1] },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random images, angles and scales', zh: '随机图像、角度和缩放' },
      call: 'rotateScale',
      count: 8,
      generate: (rng) => [image(rng, rng.int(1, 3), rng.int(1, 6), rng.int(1, 6)), rng.uniform(-180, 180), rng.uniform(0.4, 2.5)],
    },
    {
      id: 'random-ranges',
      kind: 'random',
      name: { en: 'randomRotateScale with random u and ranges', zh: 'randomRotateScale：随机 u 和范围' },
      call: 'randomRotateScale',
      count: 6,
      generate: (rng) => {
        const a = rng.uniform(-90, 90);
        const s = rng.uniform(0.5, 1.5);
        return [image(rng, rng.int(1, 3), rng.int(2, 5), rng.int(2, 5)), [rng.random(), rng.random()], [a, a + rng.uniform(0, 90)], [s, s + rng.uniform(0, 1)]];
      },
    },

    // ---- properties ----
    {
      id: 'four-quarter-turns',
      kind: 'property',
      name: { en: 'four quarter turns of a square image give it back', zh: '正方形图像转四次四分之一圈后复原' },
      call: 'rotateScale',
      generate: (rng) => [image(rng, 2, 4, 4), 90, 1],
      property: ({ got, args, call }) => {
        let img = got as number[][][];
        for (let k = 0; k < 3; k++) img = call('rotateScale', img, 90, 1) as number[][][];
        const src = args[0] as number[][][];
        if (!sameSize(img, src)) return { en: 'four quarter turns changed the size of the image', zh: '转四次四分之一圈改变了图像大小' };
        const bad = src.some((p, c) => p.some((r, y) => r.some((v, x) => Math.abs(img[c][y][x] - v) > 1e-9)));
        return bad ? { en: 'four quarter turns did not give the image back', zh: '转四次四分之一圈没有复原图像' } : null;
      },
    },
    {
      id: 'channel-by-channel',
      kind: 'property',
      name: { en: 'each channel is transformed as if it were alone', zh: '每个通道的变换与单独变换该通道相同' },
      call: 'rotateScale',
      generate: (rng) => [image(rng, 3, 3, 5), 35, 0.9],
      property: ({ got, args, call }) => {
        const [img, angle, scale] = args as [number[][][], number, number];
        for (let c = 0; c < img.length; c++) {
          const alone = call('rotateScale', [img[c]], angle, scale) as number[][][];
          const mine = (got as number[][][])[c];
          if (!sameSize(alone, [img[c]]) || mine.some((r, y) => r.some((v, x) => Math.abs(alone[0][y][x] - v) > 1e-9))) {
            return { en: `channel ${c} differs from the same transform of that channel alone`, zh: `通道 ${c} 与单独变换该通道的结果不同` };
          }
        }
        return null;
      },
    },
  ],
});
