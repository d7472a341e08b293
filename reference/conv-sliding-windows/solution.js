// A dense classifier of C×kh×kw windows run on every window of a larger image in one
// convolutional pass: the first dense layer becomes kh×kw filters, the later ones 1×1 convolutions.

/**
 * @param {number[][]} W - (C·kh·kw)×F first-layer weights; input c·kh·kw + u·kw + v is pixel (c, u, v)
 * @param {number} C
 * @param {number} kh
 * @param {number} kw
 * @returns {number[][][][]} F×C×kh×kw filters: K[f][c][u][v] = W[c·kh·kw + u·kw + v][f]
 */
export function denseToConv(W, C, kh, kw) {
  if (W.length !== C * kh * kw) throw new Error(`shape: W has ${W.length} rows, a ${C}×${kh}×${kw} window has ${C * kh * kw} inputs`);
  const F = W[0].length;
  return Array.from({ length: F }, (_, f) =>
    Array.from({ length: C }, (_, c) => Array.from({ length: kh }, (_, u) => Array.from({ length: kw }, (_, v) => W[c * kh * kw + u * kw + v][f]))),
  );
}

/** σ(z) without overflow. */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** The activation of a layer on F×H×W maps: elementwise, or softmax across the channels at each position. */
function activate(maps, name) {
  const each = (g) => maps.map((plane) => plane.map((row) => row.map(g)));
  switch (name) {
    case 'relu':
      return each((z) => (z > 0 ? z : 0));
    case 'sigmoid':
      return each(sigmoid);
    case 'tanh':
      return each(Math.tanh);
    case 'linear':
      return each((z) => z);
    case 'softmax':
      return softmaxChannels(maps);
    default:
      throw new Error(`unknown activation '${name}': use 'relu', 'sigmoid', 'tanh', 'linear' or 'softmax'`);
  }
}

/** Softmax over the F channels at every position (i, j), shifted by the maximum. */
function softmaxChannels(maps) {
  const out = maps.map((plane) => plane.map((row) => row.slice()));
  for (let i = 0; i < maps[0].length; i++) {
    for (let j = 0; j < maps[0][0].length; j++) {
      const m = Math.max(...maps.map((plane) => plane[i][j]));
      const e = maps.map((plane) => Math.exp(plane[i][j] - m));
      const total = e.reduce((s, v) => s + v, 0);
      e.forEach((v, f) => (out[f][i][j] = v / total));
    }
  }
  return out;
}

/** conv2d without padding: x C×H×W, K F×C×kh×kw, b F. */
function conv(x, K, b, stride) {
  const kh = K[0][0].length;
  const kw = K[0][0][0].length;
  const outH = Math.floor((x[0].length - kh) / stride) + 1;
  const outW = Math.floor((x[0][0].length - kw) / stride) + 1;
  return K.map((filter, f) =>
    Array.from({ length: outH }, (_, i) =>
      Array.from({ length: outW }, (_, j) => {
        let s = b[f];
        for (let c = 0; c < x.length; c++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * x[c][i * stride + u][j * stride + v];
          }
        }
        return s;
      }),
    ),
  );
}

/** The 1×1 convolution of a dense layer W (n_in×n_out): out[f] = b[f] + Σ_c W[c][f]·a[c], at every position. */
function denseAsPointwise(a, W, b) {
  return b.map((bf, f) => a[0].map((row, i) => row.map((_, j) => a.reduce((s, plane, c) => s + W[c][f] * plane[i][j], bf))));
}

/**
 * @param {number[][][]} x - C×H×W, H ≥ kh, W ≥ kw
 * @param {{ W: number[][], b: number[], activation: string }[]} layers - the window classifier in batch-row form
 * @param {number} kh
 * @param {number} kw
 * @param {number} [stride=1]
 * @returns {number[][][]} F_L×H′×W′: out[:, i, j] is the classifier's output on the window at (i·stride, j·stride)
 */
export function convSlidingWindows(x, layers, kh, kw, stride = 1) {
  const [first, ...rest] = layers;
  let a = activate(conv(x, denseToConv(first.W, x.length, kh, kw), first.b, stride), first.activation);
  for (const { W, b, activation } of rest) a = activate(denseAsPointwise(a, W, b), activation);
  return a;
}
