// An Inception module (GoogLeNet without batch norm): four branches on the same input, all
// stride 1 and H×W, concatenated along the channels in the order 1×1, 3×3, 5×5, pool.

/**
 * Max pooling with stride 1 and an odd size×size window centred on each pixel; the window is cut
 * to the image (PyTorch MaxPool2d(size, 1, (size − 1)/2) pads with −∞, not 0).
 *
 * @param {number[][][]} x - C×H×W
 * @param {number} [size=3] - odd window size
 * @returns {number[][][]} C×H×W
 */
export function maxPoolSame(x, size = 3) {
  const half = (size - 1) / 2;
  return x.map((plane) => {
    const H = plane.length;
    const W = plane[0].length;
    return plane.map((row, y) =>
      row.map((_, col) => {
        let best = -Infinity;
        for (let r = Math.max(0, y - half); r <= Math.min(H - 1, y + half); r++) {
          for (let c = Math.max(0, col - half); c <= Math.min(W - 1, col + half); c++) best = Math.max(best, plane[r][c]);
        }
        return best;
      }),
    );
  });
}

/** 1×1 convolution: w F×C, b F. */
function pointwise(x, w, b) {
  const H = x[0].length;
  const W = x[0][0].length;
  return w.map((wf, f) =>
    Array.from({ length: H }, (_, y) =>
      Array.from({ length: W }, (_, col) => {
        let s = b[f];
        for (let c = 0; c < x.length; c++) s += wf[c] * x[c][y][col];
        return s;
      }),
    ),
  );
}

/** Stride-1 convolution with zero padding `pad`: w F×C×k×k, b F. */
function conv(x, w, b, pad) {
  const H = x[0].length;
  const W = x[0][0].length;
  const k = w[0][0].length;
  const outH = H + 2 * pad - k + 1;
  const outW = W + 2 * pad - k + 1;
  const at = (c, r, col) => (r < 0 || r >= H || col < 0 || col >= W ? 0 : x[c][r][col]);
  return w.map((wf, f) =>
    Array.from({ length: outH }, (_, i) =>
      Array.from({ length: outW }, (_, j) => {
        let s = b[f];
        for (let c = 0; c < x.length; c++) {
          for (let u = 0; u < k; u++) {
            for (let v = 0; v < k; v++) s += wf[c][u][v] * at(c, i - pad + u, j - pad + v);
          }
        }
        return s;
      }),
    ),
  );
}

const relu = (maps) => maps.map((plane) => plane.map((row) => row.map((v) => Math.max(0, v))));

/**
 * @param {number[][][]} x - C×H×W
 * @param {object} p - { w1, b1, w3Reduce, b3Reduce, w3, b3, w5Reduce, b5Reduce, w5, b5, wPool, bPool }
 * @returns {number[][][]} (F1 + F3 + F5 + FP)×H×W
 */
export function inceptionBlock(x, p) {
  const branch1 = relu(pointwise(x, p.w1, p.b1));
  const reduced3 = relu(pointwise(x, p.w3Reduce, p.b3Reduce));
  const branch3 = relu(conv(reduced3, p.w3, p.b3, 1));
  const reduced5 = relu(pointwise(x, p.w5Reduce, p.b5Reduce));
  const branch5 = relu(conv(reduced5, p.w5, p.b5, 2));
  const branchPool = relu(pointwise(maxPoolSame(x, 3), p.wPool, p.bPool));
  return [...branch1, ...branch3, ...branch5, ...branchPool];
}
