// A 1×1 convolution: at every pixel, the C input channels are mixed into F output channels by w.

/**
 * @param {number[][][]} x - C×H×W input
 * @param {number[][]} w - F×C weights: w[f][c] is how much input channel c contributes to output channel f
 * @param {number[]} b - F biases
 * @returns {number[][][]} F×H×W with out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j]
 */
export function pointwiseConv(x, w, b) {
  const C = x.length;
  const H = x[0].length;
  const W = x[0][0].length;
  return w.map((wf, f) => {
    const out = [];
    for (let i = 0; i < H; i++) {
      const row = [];
      for (let j = 0; j < W; j++) {
        let s = b[f];
        for (let c = 0; c < C; c++) s += wf[c] * x[c][i][j];
        row.push(s);
      }
      out.push(row);
    }
    return out;
  });
}
