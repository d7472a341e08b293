// conv2d with one spatial axis fewer or more: cross-correlation, zero padding p at both ends of
// every spatial axis, the same stride on every axis (depth included).

/** Output size along one axis: ⌊(n + 2p − f)/s⌋ + 1. */
function outSize(n, f, stride, pad) {
  return Math.floor((n + 2 * pad - f) / stride) + 1;
}

/**
 * @param {number[][]} x - C×L input
 * @param {number[][][]} w - F×C×k filters
 * @param {number[]} b - F biases
 * @param {number} [stride=1]
 * @param {number} [pad=0]
 * @returns {number[][]} F×L′
 */
export function conv1d(x, w, b, stride = 1, pad = 0) {
  const C = x.length;
  const L = x[0].length;
  const k = w[0][0].length;
  const outL = outSize(L, k, stride, pad);
  const at = (c, i) => (i < 0 || i >= L ? 0 : x[c][i]);
  return w.map((filter, f) => {
    const out = [];
    for (let i = 0; i < outL; i++) {
      const start = i * stride - pad;
      let s = b[f];
      for (let c = 0; c < C; c++) {
        for (let u = 0; u < k; u++) s += filter[c][u] * at(c, start + u);
      }
      out.push(s);
    }
    return out;
  });
}

/**
 * @param {number[][][][]} x - C×D×H×W input
 * @param {number[][][][][]} w - F×C×kd×kh×kw filters
 * @param {number[]} b - F biases
 * @param {number} [stride=1]
 * @param {number} [pad=0]
 * @returns {number[][][][]} F×D′×H′×W′
 */
export function conv3d(x, w, b, stride = 1, pad = 0) {
  const C = x.length;
  const D = x[0].length;
  const H = x[0][0].length;
  const W = x[0][0][0].length;
  const kd = w[0][0].length;
  const kh = w[0][0][0].length;
  const kw = w[0][0][0][0].length;
  const outD = outSize(D, kd, stride, pad);
  const outH = outSize(H, kh, stride, pad);
  const outW = outSize(W, kw, stride, pad);
  const at = (c, d, r, col) => (d < 0 || d >= D || r < 0 || r >= H || col < 0 || col >= W ? 0 : x[c][d][r][col]);
  return w.map((filter, f) => {
    const out = [];
    for (let i = 0; i < outD; i++) {
      const plane = [];
      for (let j = 0; j < outH; j++) {
        const row = [];
        for (let l = 0; l < outW; l++) {
          const front = i * stride - pad;
          const top = j * stride - pad;
          const left = l * stride - pad;
          let s = b[f];
          for (let c = 0; c < C; c++) {
            for (let t = 0; t < kd; t++) {
              for (let u = 0; u < kh; u++) {
                for (let v = 0; v < kw; v++) s += filter[c][t][u][v] * at(c, front + t, top + u, left + v);
              }
            }
          }
          row.push(s);
        }
        plane.push(row);
      }
      out.push(plane);
    }
    return out;
  });
}
