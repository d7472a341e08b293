// 2-D convolution layer as in every framework (a cross-correlation: the kernel is not flipped).

/**
 * @param {number[][][]} x - C×H×W input image / feature map
 * @param {number[][][][]} w - F×C×kh×kw filters
 * @param {number[]} b - F biases, one per filter
 * @param {number} [stride=1] - step between windows, the same along both axes
 * @param {number} [pad=0] - zero rows/columns added on every side (top, bottom, left, right)
 * @returns {number[][][]} F×H'×W' with H' = ⌊(H + 2·pad − kh)/stride⌋ + 1, W' likewise
 */
export function conv2d(x, w, b, stride = 1, pad = 0) {
  const C = x.length;
  const H = x[0].length;
  const W = x[0][0].length;
  const kh = w[0][0].length;
  const kw = w[0][0][0].length;
  const outH = Math.floor((H + 2 * pad - kh) / stride) + 1;
  const outW = Math.floor((W + 2 * pad - kw) / stride) + 1;

  // Reading the padded image: outside the original image every value is 0.
  const at = (c, r, col) => (r < 0 || r >= H || col < 0 || col >= W ? 0 : x[c][r][col]);

  return w.map((filter, f) => {
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        // Top-left corner of the window in original-image coordinates.
        const top = i * stride - pad;
        const left = j * stride - pad;
        let s = b[f];
        for (let c = 0; c < C; c++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * at(c, top + u, left + v);
          }
        }
        row.push(s);
      }
      out.push(row);
    }
    return out;
  });
}
