// Rotation and zoom about the image centre by inverse mapping with bilinear sampling and zero fill
// (torch grid_sample with padding_mode='zeros', scipy map_coordinates with mode='grid-constant').

/**
 * @param {number[][][]} img - C×H×W image
 * @param {number} angle - degrees, counter-clockwise as displayed (row 0 at the top)
 * @param {number} scale - zoom factor, > 0 (> 1 enlarges)
 * @returns {number[][][]} C×H×W
 */
export function rotateScale(img, angle, scale) {
  if (!(scale > 0)) throw new Error(`scale must be > 0, got ${scale}`);
  const H = img[0].length;
  const W = img[0][0].length;
  const cy = (H - 1) / 2;
  const cx = (W - 1) / 2;
  const theta = (angle * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);

  return img.map((plane) => {
    // The input pixel, 0 outside the image (each neighbour on its own).
    const P = (r, c) => (r < 0 || r >= H || c < 0 || c >= W ? 0 : plane[r][c]);
    const out = [];
    for (let y = 0; y < H; y++) {
      const row = [];
      for (let x = 0; x < W; x++) {
        // Where output pixel (y, x) comes from in the input.
        const xs = cx + (cos * (x - cx) - sin * (y - cy)) / scale;
        const ys = cy + (sin * (x - cx) + cos * (y - cy)) / scale;
        const y0 = Math.floor(ys);
        const x0 = Math.floor(xs);
        const fy = ys - y0;
        const fx = xs - x0;
        row.push(
          (1 - fy) * (1 - fx) * P(y0, x0) + (1 - fy) * fx * P(y0, x0 + 1) + fy * (1 - fx) * P(y0 + 1, x0) + fy * fx * P(y0 + 1, x0 + 1),
        );
      }
      out.push(row);
    }
    return out;
  });
}

/**
 * @param {number[][][]} img - C×H×W image
 * @param {number[]} u - [u0, u1], uniform numbers in [0, 1)
 * @param {number[]} angleRange - [lo, hi] in degrees
 * @param {number[]} scaleRange - [lo, hi], lo > 0
 * @returns {number[][][]} C×H×W
 */
export function randomRotateScale(img, u, angleRange, scaleRange) {
  const angle = angleRange[0] + (angleRange[1] - angleRange[0]) * u[0];
  const scale = scaleRange[0] + (scaleRange[1] - scaleRange[0]) * u[1];
  return rotateScale(img, angle, scale);
}
