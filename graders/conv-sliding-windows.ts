import { defineGrader } from '../src/lib/engine/grader';
import { stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

// The worked example: a 3×3 image, a classifier of 2×2 windows with 2 hidden ReLU units and one output.
const X = [[[1, 2, 0], [0, 1, 3], [2, 1, 0]]];
const W0 = [[1, 0], [2, 1], [3, 0], [4, -1]];
const LAYERS = [
  { W: W0, b: [0, 1], activation: 'relu' },
  { W: [[1], [-1]], b: [0], activation: 'linear' },
];

type Layer = { W: number[][]; b: number[]; activation: string };

/** A random classifier of C×kh×kw windows with the given layer widths and activations. */
function classifier(rng: Rng, inputs: number, widths: number[], activations: string[]): Layer[] {
  let n = inputs;
  return widths.map((w, l) => {
    const layer = { W: rng.matrix(n, w), b: rng.vector(w, -0.5, 0.5), activation: activations[l] };
    n = w;
    return layer;
  });
}

function image(rng: Rng, c: number, h: number, w: number): number[][][] {
  return Array.from({ length: c }, () => rng.matrix(h, w, -2, 2));
}

/** The classifier itself (the batch-row dense network of mlp-forward) on one flattened window: an independent second method. */
function classify(window: number[], layers: Layer[]): number[] {
  let a = window;
  for (const { W, b, activation } of layers) {
    const z = b.map((bj, j) => a.reduce((s, v, k) => s + v * W[k][j], bj));
    if (activation === 'softmax') {
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const t = e.reduce((s, v) => s + v, 0);
      a = e.map((v) => v / t);
    } else {
      const g: Record<string, (v: number) => number> = { relu: (v) => Math.max(0, v), sigmoid: (v) => 1 / (1 + Math.exp(-v)), tanh: Math.tanh, linear: (v) => v };
      a = z.map(g[activation]);
    }
  }
  return a;
}

const ACTS = ['relu', 'sigmoid', 'tanh', 'linear'];

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'worked-windows', kind: 'example', name: { en: 'every 2×2 window of the 3×3 worked example', zh: '3×3 例子的每个 2×2 窗口' }, call: 'convSlidingWindows', args: [X, LAYERS, 2, 2] },
    { id: 'worked-filters', kind: 'example', name: { en: 'denseToConv of the worked example’s first layer', zh: '例子第一层的 denseToConv' }, call: 'denseToConv', args: [W0, 1, 2, 2] },
    { id: 'worked-stride', kind: 'example', name: { en: 'the worked example with stride 2 (one window)', zh: '例子，步幅 2（一个窗口）' }, call: 'convSlidingWindows', args: [X, LAYERS, 2, 2, 2] },
    {
      id: 'softmax-example',
      kind: 'example',
      name: { en: 'a 3-class softmax classifier on the 2-channel windows of a 4×5 image', zh: '4×5 双通道图像窗口上的 3 类 softmax 分类器' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 2, 4, 5), classifier(rng, 2 * 2 * 3, [4, 3], ['relu', 'softmax']), 2, 3],
    },

    // ---- denseToConv ----
    {
      id: 'filters-channels',
      kind: 'edge',
      name: { en: 'denseToConv with 2 channels and a 2×3 window (channels first in the flatten)', zh: '2 个通道、2×3 窗口的 denseToConv（展平时通道在前）' },
      call: 'denseToConv',
      generate: (rng) => [rng.matrix(12, 2), 2, 2, 3],
    },
    { id: 'filters-one-pixel', kind: 'edge', name: { en: 'denseToConv for 1×1 windows of 3 channels', zh: '3 个通道 1×1 窗口的 denseToConv' }, call: 'denseToConv', args: [[[1, 2], [3, 4], [5, 6]], 3, 1, 1] },
    { id: 'filters-single-input', kind: 'edge', name: { en: 'denseToConv for a 1×1 window of one channel (W has one row)', zh: '单通道 1×1 窗口的 denseToConv（W 只有一行）' }, call: 'denseToConv', args: [[[2, -1, 3]], 1, 1, 1] },
    { id: 'filters-tall', kind: 'edge', name: { en: 'denseToConv for 3×1 windows of 2 channels', zh: '2 个通道 3×1 窗口的 denseToConv' }, call: 'denseToConv', generate: (rng) => [rng.matrix(6, 3), 2, 3, 1] },
    { id: 'filters-shape', kind: 'error', name: { en: 'denseToConv with a W of the wrong number of rows throws', zh: 'W 行数不对时 denseToConv 抛出异常' }, call: 'denseToConv', args: [[[1], [2], [3]], 1, 2, 2], throws: 'shape' },
    { id: 'filters-shape-channels', kind: 'error', name: { en: 'denseToConv with rows for 1 channel but C = 2 throws', zh: 'W 只够 1 个通道而 C = 2 时 denseToConv 抛出异常' }, call: 'denseToConv', args: [[[1], [2], [3], [4]], 2, 2, 2], throws: 'shape' },

    // ---- convSlidingWindows edges ----
    {
      id: 'stride-partial',
      kind: 'edge',
      name: { en: 'stride 2 where (H − kh)/2 is not an integer: the last row of windows is dropped', zh: '步幅 2 且 (H − kh)/2 不是整数：最后一行窗口被丢弃' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 1, 6, 5), classifier(rng, 9, [3, 2], ['tanh', 'linear']), 3, 3, 2],
    },
    {
      id: 'stride-3',
      kind: 'edge',
      name: { en: 'stride 3 on a 2-channel 7×8 image with 2×2 windows', zh: '2 通道 7×8 图像、2×2 窗口、步幅 3' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 2, 7, 8), classifier(rng, 8, [3, 2], ['relu', 'sigmoid']), 2, 2, 3],
    },
    {
      id: 'window-is-image',
      kind: 'edge',
      name: { en: 'a window as large as the image: one output position', zh: '窗口与图像一样大：只有一个输出位置' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 2, 3, 2), classifier(rng, 12, [2, 3], ['sigmoid', 'softmax']), 3, 2],
    },
    {
      id: 'one-layer',
      kind: 'edge',
      name: { en: 'a one-layer classifier (a single convolution)', zh: '单层分类器（一次卷积）' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 3, 3, 4), classifier(rng, 12, [2], ['linear']), 2, 2],
    },
    {
      id: 'three-layers',
      kind: 'edge',
      name: { en: 'three layers ending in a 4-class softmax', zh: '以 4 类 softmax 结尾的三层网络' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 2, 4, 4), classifier(rng, 8, [3, 3, 4], ['relu', 'tanh', 'softmax']), 2, 2],
    },
    {
      id: 'softmax-large',
      kind: 'edge',
      name: { en: 'softmax of large logits (shift by the maximum)', zh: '大 logits 的 softmax（减去最大值）' },
      call: 'convSlidingWindows',
      args: [[[[1, 2, 3]]], [{ W: [[400, -400], [300, 300]], b: [0, 0], activation: 'softmax' }], 1, 2],
    },
    {
      id: 'sigmoid-large',
      kind: 'edge',
      name: { en: 'sigmoid of pre-activations of ±800 (finite, 1 and 0)', zh: '预激活为 ±800 时的 sigmoid（有限值，1 和 0）' },
      call: 'convSlidingWindows',
      args: [[[[1, 2, -1]]], [{ W: [[400, -400], [0, 0]], b: [0, 0], activation: 'sigmoid' }], 1, 2],
      nonFiniteHint: { en: 'e^z / (1 + e^z) overflows for z > 709: use 1 / (1 + e^−z) when z ≥ 0.', zh: 'z > 709 时 e^z / (1 + e^z) 会溢出：z ≥ 0 时用 1 / (1 + e^−z)。' },
    },
    {
      id: 'bottleneck-unit',
      kind: 'edge',
      name: { en: 'a hidden layer of a single unit (one channel between the layers)', zh: '只有一个单元的隐藏层（层间只有一个通道）' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 2, 3, 4), classifier(rng, 8, [1, 3], ['tanh', 'softmax']), 2, 2],
    },
    {
      id: 'non-square-window',
      kind: 'edge',
      name: { en: '1×3 windows on a 3×4 image, stride 1', zh: '3×4 图像上的 1×3 窗口，步幅 1' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 2, 3, 4), classifier(rng, 6, [2, 2], ['relu', 'linear']), 1, 3],
    },
    { id: 'unknown-activation', kind: 'error', name: { en: 'an unknown activation throws', zh: '未知激活函数抛出异常' }, call: 'convSlidingWindows', args: [X, [{ W: W0, b: [0, 1], activation: 'swish' }], 2, 2], throws: 'activation' },
    {
      id: 'unknown-activation-later',
      kind: 'error',
      name: { en: 'an unknown activation in a later layer throws', zh: '后面层的未知激活函数抛出异常' },
      call: 'convSlidingWindows',
      args: [X, [LAYERS[0], { W: [[1], [-1]], b: [0], activation: 'Softmax' }], 2, 2],
      throws: 'activation',
    },

    // ---- hidden ----
    {
      id: 'rgb-classifier',
      kind: 'hidden',
      name: { en: 'a 3-channel 6×6 image, 3×3 windows, stride 3', zh: '3 通道 6×6 图像、3×3 窗口、步幅 3' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 3, 6, 6), classifier(rng, 27, [4, 2], ['relu', 'softmax']), 3, 3, 3],
    },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random classifiers, windows and strides', zh: '随机的分类器、窗口和步幅' },
      call: 'convSlidingWindows',
      count: 8,
      generate: (rng) => {
        const [c, kh, kw] = [rng.int(1, 3), rng.int(1, 3), rng.int(1, 3)];
        const depth = rng.int(1, 3);
        const widths = Array.from({ length: depth }, () => rng.int(1, 4));
        const acts = widths.map((_, l) => (l === depth - 1 && rng.random() < 0.5 ? 'softmax' : ACTS[rng.int(0, 3)]));
        return [image(rng, c, kh + rng.int(0, 4), kw + rng.int(0, 4)), classifier(rng, c * kh * kw, widths, acts), kh, kw, rng.int(1, 3)];
      },
    },
    {
      id: 'random-filters',
      kind: 'random',
      name: { en: 'denseToConv of random weights', zh: '随机权重的 denseToConv' },
      call: 'denseToConv',
      count: 4,
      generate: (rng) => {
        const [c, kh, kw] = [rng.int(1, 3), rng.int(1, 3), rng.int(1, 3)];
        return [rng.matrix(c * kh * kw, rng.int(1, 3)), c, kh, kw];
      },
    },

    // ---- property: the one pass equals the classifier on every window ----
    {
      id: 'equals-classifier',
      kind: 'property',
      name: { en: 'out[:, i, j] is the classifier’s output on the window at (i·stride, j·stride)', zh: 'out[:, i, j] 等于分类器在 (i·stride, j·stride) 处窗口上的输出' },
      call: 'convSlidingWindows',
      generate: (rng) => [image(rng, 2, 5, 6), classifier(rng, 2 * 2 * 3, [3, 2], ['relu', 'softmax']), 2, 3, 2],
      property: ({ got, args }) => {
        const [x, layers, kh, kw, stride] = args as [number[][][], Layer[], number, number, number];
        const outH = Math.floor((x[0].length - kh) / stride) + 1;
        const outW = Math.floor((x[0][0].length - kw) / stride) + 1;
        const out = got as number[][][];
        for (let i = 0; i < outH; i++) {
          for (let j = 0; j < outW; j++) {
            const window = x.flatMap((plane) => plane.slice(i * stride, i * stride + kh).flatMap((row) => row.slice(j * stride, j * stride + kw)));
            const want = classify(window, layers);
            if (want.some((v, f) => !(Math.abs((out?.[f]?.[i]?.[j] ?? NaN) - v) <= 1e-9 + 1e-6 * Math.abs(v)))) {
              return { en: `the output at (${i}, ${j}) is not the classifier’s output on that window`, zh: `位置 (${i}, ${j}) 的输出不是分类器在该窗口上的输出` };
            }
          }
        }
        return null;
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(21),
    'boundary 31:29 > → >=': 'at z = 0 both branches of ReLU give 0',
  },
});
