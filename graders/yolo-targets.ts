import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: a 3×3 grid, a tall and a wide anchor (rows [h, w]), three classes.
const ANCHORS = [[0.5, 0.25], [0.25, 0.5]];
const BOXES = [
  { bx: 0.5, by: 0.75, bh: 0.5, bw: 0.2, cls: 1 },
  { bx: 0.25, by: 0.25, bh: 0.2, bw: 0.6, cls: 2 },
];

type Box = { bx: number; by: number; bh: number; bw: number; cls: number };

/** A random box with a centre on a 1/64 grid (exact in binary), sizes in (0, 1). */
function box(rng: Rng, k: number): Box {
  return { bx: rng.int(0, 64) / 64, by: rng.int(0, 64) / 64, bh: rng.uniform(0.05, 0.9), bw: rng.uniform(0.05, 0.9), cls: rng.int(0, k - 1) };
}

/** A random S×S×A×(5+K) prediction grid: scores in [0, 1], offsets in [0, 1], sizes, class scores. */
function grid(rng: Rng, S: number, A: number, K: number): number[][][][] {
  return Array.from({ length: S }, () =>
    Array.from({ length: S }, () =>
      Array.from({ length: A }, () => [rng.int(0, 8) / 8, rng.random(), rng.random(), rng.uniform(0.05, 0.9), rng.uniform(0.05, 0.9), ...rng.vector(K, 0, 1)]),
    ),
  );
}

// Hand-made predictions: scores exactly at the threshold, a class tie, several anchors per cell.
const PRED = [
  [
    [[0.5, 0.5, 0.25, 0.3, 0.2, 0.1, 0.7, 0.2], [0.25, 0.5, 0.5, 0.4, 0.4, 0.9, 0.05, 0.05]],
    [[0.75, 0.125, 0.875, 0.2, 0.6, 0.4, 0.4, 0.2], [0, 0, 0, 0, 0, 0, 0, 0]],
  ],
  [
    [[0.5, 1, 1, 0.25, 0.5, 0.2, 0.3, 0.5], [0.875, 0.25, 0.75, 0.5, 0.125, 0, 0, 1]],
    [[0.49, 0.5, 0.5, 0.5, 0.5, 1, 0, 0], [1, 0.5, 0.5, 0.9, 0.1, 0.3, 0.3, 0.3]],
  ],
];

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'anchor-tall', kind: 'example', name: { en: 'bestAnchor of a tall 0.5×0.2 box (the worked example)', zh: '高 0.5×0.2 框的 bestAnchor（例子）' }, call: 'bestAnchor', args: [0.5, 0.2, ANCHORS] },
    { id: 'encode-worked', kind: 'example', name: { en: 'encodeYolo: two boxes on a 3×3 grid (the worked example)', zh: 'encodeYolo：3×3 网格上的两个框（例子）' }, call: 'encodeYolo', args: [BOXES, 3, ANCHORS, 3] },
    { id: 'decode-worked', kind: 'example', name: { en: 'decodeYolo of a 2×2 grid of predictions, threshold 0.5', zh: '2×2 预测网格的 decodeYolo，阈值 0.5' }, call: 'decodeYolo', args: [PRED, 0.5] },

    // ---- bestAnchor ----
    { id: 'anchor-wide', kind: 'edge', name: { en: 'bestAnchor of a wide box', zh: '宽框的 bestAnchor' }, call: 'bestAnchor', args: [0.2, 0.6, ANCHORS] },
    { id: 'anchor-tie', kind: 'edge', name: { en: 'a square box fits both anchors equally: the lower index', zh: '正方形框与两个锚框同样匹配：取较小的下标' }, call: 'bestAnchor', args: [0.5, 0.5, ANCHORS] },
    { id: 'anchor-tie-later', kind: 'edge', name: { en: 'a tie between anchors 1 and 2 after a worse anchor 0', zh: '锚框 0 较差，锚框 1 和 2 打平' }, call: 'bestAnchor', args: [0.5, 0.5, [[0.125, 0.125], [0.25, 0.5], [0.5, 0.25], [0.125, 1]]] },
    { id: 'anchor-exact', kind: 'edge', name: { en: 'a box equal to the last anchor (IoU 1)', zh: '与最后一个锚框相同的框（IoU 为 1）' }, call: 'bestAnchor', args: [0.3, 0.7, [[0.5, 0.5], [0.1, 0.1], [0.3, 0.7]]] },
    { id: 'anchor-contains', kind: 'edge', name: { en: 'a box larger than every anchor in both directions', zh: '在两个方向上都比所有锚框大的框' }, call: 'bestAnchor', args: [0.9, 0.8, [[0.1, 0.2], [0.4, 0.3], [0.2, 0.5]]] },
    { id: 'anchor-one', kind: 'edge', name: { en: 'a single anchor', zh: '只有一个锚框' }, call: 'bestAnchor', args: [0.4, 0.1, [[0.9, 0.9]]] },

    // ---- encodeYolo ----
    { id: 'encode-grid-line', kind: 'edge', name: { en: 'centres on grid lines go to the cell below and to the right', zh: '落在格线上的中心属于下方和右方的格子' }, call: 'encodeYolo', args: [[{ bx: 0.25, by: 0.5, bh: 0.3, bw: 0.2, cls: 0 }, { bx: 0.75, by: 0.25, bh: 0.1, bw: 0.4, cls: 1 }], 4, ANCHORS, 2] },
    { id: 'encode-right-edge', kind: 'edge', name: { en: 'a centre on the right edge of the image (b_x = 1) goes to the last column', zh: '图像右边界上的中心（b_x = 1）属于最后一列' }, call: 'encodeYolo', args: [[{ bx: 1, by: 0.375, bh: 0.5, bw: 0.25, cls: 0 }], 4, ANCHORS, 2] },
    { id: 'encode-bottom-edge', kind: 'edge', name: { en: 'a centre on the bottom edge (b_y = 1) goes to the last row', zh: '下边界上的中心（b_y = 1）属于最后一行' }, call: 'encodeYolo', args: [[{ bx: 0.125, by: 1, bh: 0.25, bw: 0.5, cls: 1 }], 2, ANCHORS, 2] },
    { id: 'encode-corner', kind: 'edge', name: { en: 'centres at the corners (0, 0) and (1, 1)', zh: '中心在角上 (0, 0) 和 (1, 1)' }, call: 'encodeYolo', args: [[{ bx: 0, by: 0, bh: 0.5, bw: 0.5, cls: 2 }, { bx: 1, by: 1, bh: 0.25, bw: 0.75, cls: 0 }], 3, ANCHORS, 3] },
    { id: 'encode-taken', kind: 'edge', name: { en: 'a second box for a taken slot is dropped', zh: '位置已被占用时第二个框被丢弃' }, call: 'encodeYolo', args: [[{ bx: 0.3, by: 0.3, bh: 0.5, bw: 0.2, cls: 0 }, { bx: 0.4, by: 0.2, bh: 0.6, bw: 0.3, cls: 1 }], 2, ANCHORS, 2] },
    { id: 'encode-same-cell', kind: 'edge', name: { en: 'two boxes in one cell with different anchors are both kept', zh: '同一格子中锚框不同的两个框都保留' }, call: 'encodeYolo', args: [[{ bx: 0.3, by: 0.3, bh: 0.5, bw: 0.2, cls: 0 }, { bx: 0.4, by: 0.2, bh: 0.2, bw: 0.6, cls: 1 }], 2, ANCHORS, 2] },
    { id: 'encode-non-symmetric', kind: 'edge', name: { en: 'a box off the diagonal of a 4×4 grid (row from b_y, column from b_x)', zh: '4×4 网格中不在对角线上的框（行来自 b_y，列来自 b_x）' }, call: 'encodeYolo', args: [[{ bx: 0.875, by: 0.125, bh: 0.25, bw: 0.125, cls: 1 }], 4, [[0.25, 0.125]], 2] },
    { id: 'encode-empty', kind: 'edge', name: { en: 'no boxes: an all-zero grid', zh: '没有框：全零网格' }, call: 'encodeYolo', args: [[], 2, ANCHORS, 1] },
    { id: 'encode-one-cell', kind: 'edge', name: { en: 'a 1×1 grid with three anchors', zh: '1×1 网格、三个锚框' }, call: 'encodeYolo', args: [[{ bx: 0.5, by: 0.5, bh: 0.9, bw: 0.9, cls: 0 }, { bx: 0.25, by: 0.75, bh: 0.1, bw: 0.3, cls: 1 }], 1, [[0.1, 0.3], [0.9, 0.9], [0.5, 0.5]], 2] },

    // ---- errors ----
    { id: 'bounds-right', kind: 'error', name: { en: 'a centre right of the image throws', zh: '中心在图像右侧之外时抛出异常' }, call: 'encodeYolo', args: [[{ bx: 1.25, by: 0.5, bh: 0.2, bw: 0.2, cls: 0 }], 2, ANCHORS, 1], throws: 'bounds' },
    { id: 'bounds-above', kind: 'error', name: { en: 'a centre above the image throws', zh: '中心在图像上方之外时抛出异常' }, call: 'encodeYolo', args: [[{ bx: 0.5, by: -0.25, bh: 0.2, bw: 0.2, cls: 0 }], 2, ANCHORS, 1], throws: 'bounds' },
    { id: 'bounds-left', kind: 'error', name: { en: 'a centre left of the image throws', zh: '中心在图像左侧之外时抛出异常' }, call: 'encodeYolo', args: [[{ bx: -0.125, by: 0.5, bh: 0.2, bw: 0.2, cls: 0 }], 2, ANCHORS, 1], throws: 'bounds' },
    { id: 'bounds-below', kind: 'error', name: { en: 'a centre below the image throws', zh: '中心在图像下方之外时抛出异常' }, call: 'encodeYolo', args: [[{ bx: 0.5, by: 1.125, bh: 0.2, bw: 0.2, cls: 0 }], 2, ANCHORS, 1], throws: 'bounds' },

    // ---- decodeYolo ----
    { id: 'decode-at-threshold', kind: 'edge', name: { en: 'a score equal to the threshold is kept', zh: '分数等于阈值时保留' }, call: 'decodeYolo', args: [PRED, 0.75] },
    { id: 'decode-zero-threshold', kind: 'edge', name: { en: 'threshold 0 keeps every vector, in the order i, j, anchor', zh: '阈值 0 保留所有向量，按 i、j、锚框的顺序' }, call: 'decodeYolo', args: [PRED, 0] },
    { id: 'decode-none', kind: 'edge', name: { en: 'nothing reaches the threshold: []', zh: '没有达到阈值的：[]' }, call: 'decodeYolo', args: [PRED, 1.5] },
    { id: 'decode-roundtrip', kind: 'edge', name: { en: 'decoding the worked example’s targets gives its boxes back', zh: '解码例子的目标得到原来的框' }, run: '(m, boxes, S, anchors, K) => m.decodeYolo(m.encodeYolo(boxes, S, anchors, K), 1)', args: [BOXES, 3, ANCHORS, 3] },

    // ---- hidden ----
    { id: 'encode-many', kind: 'hidden', name: { en: 'six boxes on a 4×4 grid with three anchors', zh: '4×4 网格、三个锚框上的六个框' }, call: 'encodeYolo', generate: (rng) => [Array.from({ length: 6 }, () => box(rng, 3)), 4, [[0.5, 0.25], [0.25, 0.5], [0.5, 0.5]], 3] },

    // ---- random ----
    {
      id: 'random-anchor',
      kind: 'random',
      name: { en: 'bestAnchor of random boxes and anchors', zh: '随机框和锚框的 bestAnchor' },
      call: 'bestAnchor',
      count: 6,
      generate: (rng) => [rng.uniform(0.05, 0.9), rng.uniform(0.05, 0.9), rng.matrix(rng.int(1, 5), 2, 0.05, 0.9)],
    },
    {
      id: 'random-encode',
      kind: 'random',
      name: { en: 'encodeYolo of random boxes', zh: '随机框的 encodeYolo' },
      call: 'encodeYolo',
      count: 6,
      generate: (rng) => {
        const k = rng.int(1, 4);
        return [Array.from({ length: rng.int(1, 8) }, () => box(rng, k)), rng.int(1, 5), rng.matrix(rng.int(1, 3), 2, 0.05, 0.9), k];
      },
    },
    {
      id: 'random-decode',
      kind: 'random',
      name: { en: 'decodeYolo of random predictions', zh: '随机预测的 decodeYolo' },
      call: 'decodeYolo',
      count: 6,
      generate: (rng) => [grid(rng, rng.int(1, 4), rng.int(1, 3), rng.int(1, 4)), rng.int(0, 8) / 8],
    },

    // ---- property ----
    {
      id: 'roundtrip',
      kind: 'property',
      name: { en: 'every decoded target is one of the encoded boxes, at its own centre', zh: '解码出的每个目标都是某个编码的框，中心位置不变' },
      run: '(m, boxes, S, anchors, K) => m.decodeYolo(m.encodeYolo(boxes, S, anchors, K), 1)',
      generate: (rng) => [Array.from({ length: 5 }, () => box(rng, 2)), 4, [[0.5, 0.25], [0.25, 0.5]], 2],
      property: ({ got, args }) => {
        const boxes = args[0] as Box[];
        if (!Array.isArray(got)) return null;
        const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
        const bad = (got as Box[]).find((d) => !boxes.some((b) => close(b.bx, d.bx) && close(b.by, d.by) && close(b.bh, d.bh) && close(b.bw, d.bw) && b.cls === d.cls));
        return bad ? { en: `decoded box (${bad.bx}, ${bad.by}) is none of the encoded boxes`, zh: `解码出的框 (${bad.bx}, ${bad.by}) 不是任何一个编码的框` } : null;
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'constant 11:14 0 → 1': 'every IoU of a box with positive size is > −Infinity, so anchor 0 always sets best (A ≥ 1)',
    'arithmetic 15:42 - → +': 'with r = inter/(h·w + ha·wa), IoU = r/(1 − r) and the mutant r/(1 + r) both increase with r: the same anchor wins',
    'constant 62:22 1 → 0': 'at k = 0, v[5] > v[5] is false: cls stays 0',
    'boundary 62:27 < → <=': 'at k = K, v[5 + K] is undefined and undefined > x is false',
    'arithmetic 62:38 - → +': 'for k ≥ K, v[5 + k] is undefined and undefined > x is false',
  },
});
