import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'crop-off-by-one',
    hint: {
      en: 'Your crop keeps one row and one column too many: the window covers rows top … top + height − 1 and columns left … left + width − 1, so slice(top, top + height).',
      zh: '你的裁剪多保留了一行一列：窗口覆盖第 top … top + height − 1 行和第 left … left + width − 1 列，所以应写 slice(top, top + height)。',
    },
    edits: [
      {
        find: 'return img.map((channel) => channel.slice(top, top + height).map((row) => row.slice(left, left + width)));',
        replace: 'return img.map((channel) => channel.slice(top, top + height + 1).map((row) => row.slice(left, left + width + 1)));',
      },
    ],
  },
  {
    name: 'flip-vertical',
    hint: {
      en: 'flipHorizontal turns the image upside down (it reverses the order of the rows). A horizontal flip is a mirror: reverse every row, i.e. the width axis — out[c][y][x] = img[c][y][W − 1 − x].',
      zh: 'flipHorizontal 把图像上下颠倒了（反转了行的顺序）。水平翻转是镜像：反转每一行，也就是宽度轴——out[c][y][x] = img[c][y][W − 1 − x]。',
    },
    edits: [
      {
        find: 'return img.map((channel) => channel.map((row) => [...row].reverse()));',
        replace: 'return img.map((channel) => [...channel].reverse());',
      },
    ],
  },
  {
    name: 'hsv-hue-in-degrees',
    hint: {
      en: "Your hue is in degrees (0–360). Here H is a fraction of the full turn in [0, 1), as in Python's colorsys: divide the degrees by 360 (and hueShift is a fraction of a turn too).",
      zh: '你的色相用的是角度（0–360）。这里的 H 是整圈的比例，取值 [0, 1)，与 Python 的 colorsys 一致：把角度除以 360（hueShift 也是整圈的比例）。',
    },
    edits: [
      {
        find: "h = (((h / 6) % 1) + 1) % 1; // Python's (h / 6) % 1: into [0, 1)",
        replace: 'h = ((((h / 6) % 1) + 1) % 1) * 360; // degrees',
      },
      { find: 'const i = Math.floor(h * 6);', replace: 'const i = Math.floor(h / 60);' },
      { find: 'const f = h * 6 - i;', replace: 'const f = h / 60 - i;' },
      { find: 'const h2 = (((h + hueShift) % 1) + 1) % 1;', replace: 'const h2 = (((h + hueShift) % 360) + 360) % 360;' },
    ],
  },
  {
    name: 'hue-not-wrapped',
    hint: {
      en: 'colorJitter does not wrap the shifted hue: H + hueShift can leave [0, 1) (a negative shift, or one past 1). Hue is an angle: take ((H + hueShift) % 1 + 1) % 1.',
      zh: 'colorJitter 没有对平移后的色相取模：H + hueShift 可能超出 [0, 1)（负的平移，或超过 1）。色相是一个角度：应取 ((H + hueShift) % 1 + 1) % 1。',
    },
    edits: [
      { find: 'const h2 = (((h + hueShift) % 1) + 1) % 1;', replace: 'const h2 = h + hueShift;' },
    ],
  },
]);
