import { compareValues } from '../src/lib/engine/compare';
import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: red, gray / green, sky blue.
const WORKED = [
  [[1, 0.5], [0, 0.2]],
  [[0, 0.5], [1, 0.6]],
  [[0, 0.5], [0, 1]],
];

// Gray levels (black, gray, white) and the six primary and secondary colours.
const GRAYS_AND_PRIMARIES = [
  [[0, 0.5, 1], [1, 0, 0], [1, 0, 1]],
  [[0, 0.5, 1], [0, 1, 0], [1, 1, 0]],
  [[0, 0.5, 1], [0, 0, 1], [0, 1, 1]],
];

// HSV pixels, one in each sixth of the hue circle, plus gray (S = 0) and black (V = 0) pixels.
const HSV_SECTORS = [
  [[0, 0.1, 0.25, 0.4, 0.6, 0.75, 0.95], [0.3, 0, 0.5, 0.9, 0, 0.5, 0]],
  [[1, 0.8, 0.6, 0.5, 1, 0.9, 0.3], [0, 0, 0.25, 1, 0.5, 1, 0.7]],
  [[1, 0.9, 0.7, 1, 0.8, 0.6, 0.5], [0.4, 0.6, 0, 0.5, 0.2, 0.5, 1]],
];

/** A random 3×H×W RGB image; on a coarse grid half of the time (gray pixels, equal channels). */
function image(rng: Rng, h: number, w: number): number[][][] {
  const grid = rng.random() < 0.5;
  const px = () => (grid ? rng.int(0, 8) / 8 : rng.random());
  return [0, 1, 2].map(() => Array.from({ length: h }, () => Array.from({ length: w }, px)));
}

/** A random 3×H×W HSV image with H in [0, 1). */
function hsvImage(rng: Rng, h: number, w: number): number[][][] {
  const plane = (f: () => number) => Array.from({ length: h }, () => Array.from({ length: w }, f));
  return [plane(() => rng.random()), plane(() => (rng.random() < 0.15 ? 0 : rng.random())), plane(() => rng.random())];
}

const ROUND_TRIP = `(m, img) => m.hsvToRgb(m.rgbToHsv(img))`;

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'flip-example', kind: 'example', name: { en: 'flipHorizontal on the 2×2 worked example', zh: 'flipHorizontal 作用于 2×2 的题中例子' }, call: 'flipHorizontal', args: [WORKED] },
    { id: 'rgb-to-hsv-example', kind: 'example', name: { en: 'rgbToHsv on the 2×2 worked example', zh: 'rgbToHsv 作用于 2×2 的题中例子' }, call: 'rgbToHsv', args: [WORKED] },
    { id: 'jitter-example', kind: 'example', name: { en: 'colorJitter with hueShift 0.5 on the worked example', zh: '题中例子上 hueShift 为 0.5 的 colorJitter' }, call: 'colorJitter', args: [WORKED, { hueShift: 0.5 }] },

    // ---- flipHorizontal ----
    {
      id: 'flip-not-square',
      kind: 'edge',
      name: { en: 'flipHorizontal on a 2×3 image (rows stay in place)', zh: 'flipHorizontal 作用于 2×3 图像（各行位置不变）' },
      call: 'flipHorizontal',
      args: [[[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], [[0, 0, 1], [1, 0, 0]], [[0.9, 0.8, 0.7], [0.6, 0.5, 0.4]]]],
    },
    { id: 'flip-one-column', kind: 'edge', name: { en: 'flipHorizontal on an image one pixel wide (unchanged)', zh: 'flipHorizontal 作用于宽度为一个像素的图像（不变）' }, call: 'flipHorizontal', args: [[[[0.1], [0.2], [0.3]], [[0.4], [0.5], [0.6]], [[0.7], [0.8], [0.9]]]] },
    { id: 'flip-random', kind: 'random', name: { en: 'flipHorizontal on random images', zh: 'flipHorizontal 作用于随机图像' }, call: 'flipHorizontal', count: 4, generate: (rng) => [image(rng, rng.int(1, 5), rng.int(1, 6))] },

    // ---- crop ----
    {
      id: 'crop-middle',
      kind: 'hidden',
      name: { en: 'crop a 2×3 window from the middle of a 4×5 image', zh: '从 4×5 图像中间裁剪 2×3 窗口' },
      call: 'crop',
      generate: (rng) => [image(rng, 4, 5), 1, 1, 2, 3],
    },
    { id: 'crop-whole', kind: 'edge', name: { en: 'crop the whole image', zh: '裁剪整幅图像' }, call: 'crop', generate: (rng) => [image(rng, 3, 4), 0, 0, 3, 4] },
    { id: 'crop-corner-pixel', kind: 'edge', name: { en: 'crop the single bottom-right pixel', zh: '裁剪右下角的单个像素' }, call: 'crop', generate: (rng) => [image(rng, 3, 4), 2, 3, 1, 1] },
    { id: 'crop-touching-edges', kind: 'edge', name: { en: 'crop a window touching the bottom and right edges', zh: '裁剪贴着下边和右边的窗口' }, call: 'crop', generate: (rng) => [image(rng, 5, 6), 2, 3, 3, 3] },
    {
      id: 'crop-one-channel-one-row',
      kind: 'edge',
      name: { en: 'crop a 1×1×3 image (one channel, one row): columns 1 and 2', zh: '裁剪一张 1×1×3 的图像（一个通道、一行）：第 1、2 列' },
      call: 'crop',
      args: [[[[0.1, 0.2, 0.3]]], 0, 1, 1, 2],
    },
    {
      id: 'crop-random',
      kind: 'random',
      name: { en: 'crop random windows that fit', zh: '裁剪放得下的随机窗口' },
      call: 'crop',
      count: 5,
      generate: (rng) => {
        const H = rng.int(1, 6);
        const W = rng.int(1, 6);
        const height = rng.int(1, H);
        const width = rng.int(1, W);
        return [image(rng, H, W), rng.int(0, H - height), rng.int(0, W - width), height, width];
      },
    },
    { id: 'crop-too-tall', kind: 'error', name: { en: 'crop one row past the bottom', zh: '裁剪超出底部一行' }, call: 'crop', generate: (rng) => [image(rng, 4, 4), 1, 0, 4, 2], throws: 'bounds' },
    { id: 'crop-too-wide', kind: 'error', name: { en: 'crop one column past the right edge', zh: '裁剪超出右边一列' }, call: 'crop', generate: (rng) => [image(rng, 3, 5), 0, 2, 2, 4], throws: 'bounds' },
    { id: 'crop-negative-top', kind: 'error', name: { en: 'crop starting above the image (top = −1)', zh: '从图像上方开始裁剪（top = −1）' }, call: 'crop', generate: (rng) => [image(rng, 3, 3), -1, 0, 2, 2], throws: 'bounds' },
    { id: 'crop-negative-left', kind: 'error', name: { en: 'crop starting left of the image (left = −2)', zh: '从图像左侧之外开始裁剪（left = −2）' }, call: 'crop', generate: (rng) => [image(rng, 3, 3), 0, -2, 2, 2], throws: 'bounds' },

    // ---- rgbToHsv ----
    { id: 'rgb-to-hsv-grays-primaries', kind: 'edge', name: { en: 'rgbToHsv of black, gray, white and the six primary and secondary colours', zh: '黑、灰、白以及六种原色和二次色的 rgbToHsv' }, call: 'rgbToHsv', args: [GRAYS_AND_PRIMARIES] },
    {
      id: 'rgb-to-hsv-hue-wraps',
      kind: 'edge',
      name: { en: 'rgbToHsv of reddish pixels on both sides of hue 0 (H just above 0 and just below 1)', zh: '色相 0 两侧偏红像素的 rgbToHsv（H 略大于 0 与略小于 1）' },
      call: 'rgbToHsv',
      args: [[[[0.9, 0.9, 0.8]], [[0.1, 0.3, 0.2]], [[0.3, 0.1, 0.2]]]],
    },
    { id: 'rgb-to-hsv-random', kind: 'random', name: { en: 'rgbToHsv on random images', zh: 'rgbToHsv 作用于随机图像' }, call: 'rgbToHsv', count: 5, generate: (rng) => [image(rng, rng.int(1, 4), rng.int(1, 5))] },

    // ---- hsvToRgb ----
    { id: 'hsv-to-rgb-sectors', kind: 'edge', name: { en: 'hsvToRgb in each sixth of the hue circle, with gray (S = 0) and black (V = 0) pixels', zh: '色相环每个六分之一内的 hsvToRgb，含灰色（S = 0）和黑色（V = 0）像素' }, call: 'hsvToRgb', args: [HSV_SECTORS] },
    { id: 'hsv-to-rgb-worked', kind: 'hidden', name: { en: 'hsvToRgb of the worked example’s HSV image', zh: '题中例子的 HSV 图像的 hsvToRgb' }, call: 'hsvToRgb', args: [[[[0, 0], [1 / 3, 7 / 12]], [[1, 0], [1, 0.8]], [[1, 0.5], [1, 1]]]] },
    { id: 'hsv-to-rgb-random', kind: 'random', name: { en: 'hsvToRgb on random HSV images', zh: 'hsvToRgb 作用于随机 HSV 图像' }, call: 'hsvToRgb', count: 5, generate: (rng) => [hsvImage(rng, rng.int(1, 4), rng.int(1, 5))] },
    {
      id: 'round-trip',
      kind: 'property',
      name: { en: 'hsvToRgb(rgbToHsv(img)) gives img back', zh: 'hsvToRgb(rgbToHsv(img)) 还原出 img' },
      run: ROUND_TRIP,
      generate: (rng) => [image(rng, 3, 4)],
      property: ({ got, args }) => {
        const cmp = compareValues(got, args[0], { rtol: 1e-9, atol: 1e-12 });
        return cmp.ok ? null : { en: `hsvToRgb(rgbToHsv(img)) is not img: ${cmp.message}`, zh: `hsvToRgb(rgbToHsv(img)) 不等于 img：${cmp.messageZh ?? cmp.message}` };
      },
    },

    // ---- colorJitter ----
    { id: 'jitter-defaults', kind: 'edge', name: { en: 'colorJitter with no parameters (the image comes back)', zh: '不带参数的 colorJitter（图像原样返回）' }, call: 'colorJitter', generate: (rng) => [image(rng, 2, 3), {}] },
    { id: 'jitter-negative-hue', kind: 'edge', name: { en: 'colorJitter with hueShift −0.25 (the hue wraps below 0)', zh: 'hueShift 为 −0.25 的 colorJitter（色相在 0 以下回绕）' }, call: 'colorJitter', args: [GRAYS_AND_PRIMARIES, { hueShift: -0.25 }] },
    {
      id: 'jitter-hue-beyond-minus-one',
      kind: 'edge',
      name: { en: 'colorJitter with hueShift −1.75 (h + hueShift below −1: the hue still wraps into [0, 1))', zh: 'colorJitter，hueShift 为 −1.75（h + hueShift 小于 −1：色相仍要回绕到 [0, 1)）' },
      call: 'colorJitter',
      args: [GRAYS_AND_PRIMARIES, { hueShift: -1.75 }],
    },
    { id: 'jitter-hue-past-one', kind: 'edge', name: { en: 'colorJitter with hueShift −0.75 and with 1.4 on random pixels', zh: '随机像素上 hueShift 为 −0.75 和 1.4 的 colorJitter' }, call: 'colorJitter', generate: (rng) => [image(rng, 3, 3), { hueShift: rng.pick([-0.75, 1.4]) }] },
    {
      id: 'jitter-saturation-clamp',
      kind: 'edge',
      name: { en: 'colorJitter with satScale 3 and satShift 0.2 (saturation clamped at 1; gray pixels gain colour)', zh: 'satScale 3、satShift 0.2 的 colorJitter（饱和度截断在 1；灰色像素获得颜色）' },
      call: 'colorJitter',
      args: [WORKED, { satScale: 3, satShift: 0.2 }],
    },
    {
      id: 'jitter-value-clamp',
      kind: 'edge',
      name: { en: 'colorJitter with valPower 2, valScale 0.5 and valShift −0.3 (value clamped at 0)', zh: 'valPower 2、valScale 0.5、valShift −0.3 的 colorJitter（明度截断在 0）' },
      call: 'colorJitter',
      args: [[[[0.2, 0.9, 0.5]], [[0.4, 0.6, 0.5]], [[0.1, 0.3, 0.5]]], { valPower: 2, valScale: 0.5, valShift: -0.3 }],
    },
    {
      id: 'jitter-saturation-power',
      kind: 'hidden',
      name: { en: 'colorJitter with satPower 0.5 and valPower 1.5', zh: 'satPower 0.5、valPower 1.5 的 colorJitter' },
      call: 'colorJitter',
      generate: (rng) => [image(rng, 3, 4), { satPower: 0.5, valPower: 1.5 }],
    },
    {
      id: 'jitter-random',
      kind: 'random',
      name: { en: 'colorJitter with random parameters', zh: '随机参数的 colorJitter' },
      call: 'colorJitter',
      count: 6,
      generate: (rng) => [
        image(rng, rng.int(1, 4), rng.int(1, 4)),
        {
          hueShift: rng.uniform(-1, 1),
          satPower: rng.uniform(0.5, 2),
          satScale: rng.uniform(0.5, 1.5),
          satShift: rng.uniform(-0.2, 0.2),
          valPower: rng.uniform(0.5, 2),
          valScale: rng.uniform(0.5, 1.5),
          valShift: rng.uniform(-0.2, 0.2),
        },
      ],
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'arithmetic 45:17 % → *': 'h/6 lies in [−1/6, 1), where (h/6 + 1) % 1 is already the wrapped hue',
    'constant 45:19 1 → 2': 'x % 2 has the fractional part of x % 1, and the outer % 1 keeps only that',
    'constant 45:24 1 → 2': '(y + 2) % 1 = (y + 1) % 1 for the y > −1 that x % 1 gives',
    'guard 51:3 if (s === 0) → (removed)': 'with s = 0 the general formula gives p = q = t = v: the same gray',
    'constant 112:22 0 → 1': 'a hue shift of a full turn wraps back to the same hue',
    'constant 115:40 1 → 2': '(y + 2) % 1 = (y + 1) % 1 for the y > −1 that x % 1 gives',
    'arithmetic 115:43 % → *': 'a hue in [0, 2) instead of [0, 1) lands in the same sector: pixelToRgb uses floor(6h) % 6 and 6h − floor(6h)',
    'constant 115:45 1 → 2': 'a hue in [0, 2) instead of [0, 1) lands in the same sector: pixelToRgb uses floor(6h) % 6 and 6h − floor(6h)',
  },
});
