/**
 * Mirrors an image left to right.
 *
 * @param {number[][][]} img - C×H×W image
 * @returns {number[][][]} a new C×H×W image, out[c][y][x] = img[c][y][W − 1 − x]
 */
export function flipHorizontal(img) {
  throw new Error('not implemented');
}

/**
 * Cuts out a window of the image.
 *
 * @param {number[][][]} img - C×H×W image
 * @param {number} top - index of the first row kept
 * @param {number} left - index of the first column kept
 * @param {number} height - number of rows kept
 * @param {number} width - number of columns kept
 * @returns {number[][][]} a new C×height×width image; throws an Error mentioning 'bounds' when the
 *   window does not fit inside the image
 */
export function crop(img, top, left, height, width) {
  throw new Error('not implemented');
}

/**
 * RGB to HSV, pixel by pixel (as Python's colorsys).
 *
 * @param {number[][][]} img - 3×H×W RGB image, values in [0, 1]
 * @returns {number[][][]} 3×H×W HSV image: H in [0, 1), S and V in [0, 1]; gray pixels have H = S = 0
 */
export function rgbToHsv(img) {
  throw new Error('not implemented');
}

/**
 * HSV to RGB, pixel by pixel (as Python's colorsys).
 *
 * @param {number[][][]} img - 3×H×W HSV image, H in [0, 1), S and V in [0, 1]
 * @returns {number[][][]} 3×H×W RGB image
 */
export function hsvToRgb(img) {
  throw new Error('not implemented');
}

/**
 * Colour augmentation in HSV space.
 *
 * @param {number[][][]} img - 3×H×W RGB image, values in [0, 1]
 * @param {{ hueShift?: number, satPower?: number, satScale?: number, satShift?: number,
 *           valPower?: number, valScale?: number, valShift?: number }} params - missing entries
 *   default to hueShift 0, powers 1, scales 1, shifts 0
 * @returns {number[][][]} the jittered 3×H×W RGB image
 */
export function colorJitter(img, params) {
  throw new Error('not implemented');
}
