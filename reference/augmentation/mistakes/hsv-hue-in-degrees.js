export const hint = {
  en: "Your hue is in degrees (0–360). Here H is a fraction of the full turn in [0, 1), as in Python's colorsys: divide the degrees by 360 (and hueShift is a fraction of a turn too).",
  zh: '你的色相用的是角度（0–360）。这里的 H 是整圈的比例，取值 [0, 1)，与 Python 的 colorsys 一致：把角度除以 360（hueShift 也是整圈的比例）。',
};

/**
 * Mirrors an image left to right (the width axis).
 *
 * @param {number[][][]} img - C×H×W
 * @returns {number[][][]} a new C×H×W image
 */
export function flipHorizontal(img) {
  return img.map((channel) => channel.map((row) => [...row].reverse()));
}

/**
 * Cuts out the height×width window whose top-left pixel is (top, left).
 *
 * @param {number[][][]} img - C×H×W
 * @param {number} top - first row
 * @param {number} left - first column
 * @param {number} height - number of rows
 * @param {number} width - number of columns
 * @returns {number[][][]} a new C×height×width image
 */
export function crop(img, top, left, height, width) {
  const H = img[0].length;
  const W = img[0][0].length;
  if (top < 0 || left < 0 || top + height > H || left + width > W) {
    throw new Error(`crop out of bounds: rows ${top}..${top + height - 1}, columns ${left}..${left + width - 1} of a ${H}×${W} image`);
  }
  return img.map((channel) => channel.slice(top, top + height).map((row) => row.slice(left, left + width)));
}

/** One pixel, as Python's colorsys.rgb_to_hsv: h, s, v in [0, 1]; gray pixels get h = 0, s = 0. */
function pixelToHsv(r, g, b) {
  const maxc = Math.max(r, g, b);
  const minc = Math.min(r, g, b);
  const v = maxc;
  if (minc === maxc) return [0, 0, v];
  const range = maxc - minc;
  const s = range / maxc;
  const rc = (maxc - r) / range;
  const gc = (maxc - g) / range;
  const bc = (maxc - b) / range;
  let h;
  if (r === maxc) h = bc - gc;
  else if (g === maxc) h = 2 + rc - bc;
  else h = 4 + gc - rc;
  h = ((((h / 6) % 1) + 1) % 1) * 360; // degrees
  return [h, s, v];
}

/** One pixel, as Python's colorsys.hsv_to_rgb. */
function pixelToRgb(h, s, v) {
  if (s === 0) return [v, v, v];
  const i = Math.floor(h / 60);
  const f = h / 60 - i;
  const p = v * (1 - s);
  const q = v * (1 - s * f);
  const t = v * (1 - s * (1 - f));
  switch (i % 6) {
    case 0: return [v, t, p];
    case 1: return [q, v, p];
    case 2: return [p, v, t];
    case 3: return [p, q, v];
    case 4: return [t, p, v];
    default: return [v, p, q];
  }
}

/** Applies a per-pixel function of three channel values to a 3×H×W image. */
function mapPixels(img, fn) {
  const [A, B, C] = img;
  const out = [[], [], []];
  for (let y = 0; y < A.length; y++) {
    out[0].push([]);
    out[1].push([]);
    out[2].push([]);
    for (let x = 0; x < A[y].length; x++) {
      const [a, b, c] = fn(A[y][x], B[y][x], C[y][x]);
      out[0][y].push(a);
      out[1][y].push(b);
      out[2][y].push(c);
    }
  }
  return out;
}

/**
 * @param {number[][][]} img - 3×H×W RGB image, values in [0, 1]
 * @returns {number[][][]} 3×H×W HSV image, H in [0, 1), S and V in [0, 1]
 */
export function rgbToHsv(img) {
  return mapPixels(img, pixelToHsv);
}

/**
 * @param {number[][][]} img - 3×H×W HSV image, H in [0, 1), S and V in [0, 1]
 * @returns {number[][][]} 3×H×W RGB image
 */
export function hsvToRgb(img) {
  return mapPixels(img, pixelToRgb);
}

const clamp01 = (x) => Math.min(1, Math.max(0, x));

/**
 * Colour augmentation in HSV space.
 *
 * @param {number[][][]} img - 3×H×W RGB image
 * @param {{ hueShift?: number, satPower?: number, satScale?: number, satShift?: number,
 *           valPower?: number, valScale?: number, valShift?: number }} params
 * @returns {number[][][]} the jittered 3×H×W RGB image
 */
export function colorJitter(img, params) {
  const { hueShift = 0, satPower = 1, satScale = 1, satShift = 0, valPower = 1, valScale = 1, valShift = 0 } = params;
  return mapPixels(img, (r, g, b) => {
    const [h, s, v] = pixelToHsv(r, g, b);
    const h2 = (((h + hueShift) % 360) + 360) % 360;
    const s2 = clamp01(s ** satPower * satScale + satShift);
    const v2 = clamp01(v ** valPower * valScale + valShift);
    return pixelToRgb(h2, s2, v2);
  });
}
