/**
 * Rotate by `angle` degrees (counter-clockwise as displayed) and zoom by `scale` about the
 * centre ((H−1)/2, (W−1)/2), by inverse mapping with bilinear sampling and zero fill.
 *
 * @param {number[][][]} img - C×H×W image
 * @param {number} angle - degrees
 * @param {number} scale - zoom factor, > 0 (> 1 enlarges); ≤ 0 throws an Error mentioning `scale`
 * @returns {number[][][]} a new C×H×W image
 */
export function rotateScale(img, angle, scale) {
  throw new Error('not implemented');
}

/**
 * A random rotation and zoom: angle = a_lo + (a_hi − a_lo)·u[0], scale = s_lo + (s_hi − s_lo)·u[1].
 *
 * @param {number[][][]} img - C×H×W image
 * @param {number[]} u - [u0, u1], uniform numbers in [0, 1)
 * @param {number[]} angleRange - [a_lo, a_hi] in degrees
 * @param {number[]} scaleRange - [s_lo, s_hi] with s_lo > 0
 * @returns {number[][][]} a new C×H×W image
 */
export function randomRotateScale(img, u, angleRange, scaleRange) {
  throw new Error('not implemented');
}
