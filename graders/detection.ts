import { compareValues, type Tolerance } from '../src/lib/engine/compare';
import { defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

type Box = [number, number, number, number];

// The worked examples.
const A: Box = [0, 0, 4, 3];
const B: Box = [2, 1, 6, 4];
// Box 0 overlaps box 1 by IoU 0.6, box 3 overlaps box 1 by exactly 0.5, box 4 scores below 0.3.
const NMS_BOXES: Box[] = [
  [1, 0, 5, 4],
  [0, 0, 4, 4],
  [6, 6, 8, 8],
  [0, 0, 4, 2],
  [5, 5, 9, 9],
];
const NMS_SCORES = [0.8, 0.9, 0.75, 0.78, 0.2];

const NAN_HINT = { en: 'the union was 0 (two boxes of area 0) and 0/0 gave NaN: return 0 when the union or the intersection is empty', zh: '并集为 0（两个面积为 0 的框），0/0 得到 NaN：并集或交集为空时返回 0' };

/** A random box with float corners inside a 10×10 area (widths 0.5 … 5: many overlaps). */
function floatBox(rng: Rng): Box {
  const x1 = rng.uniform(0, 7);
  const y1 = rng.uniform(0, 7);
  return [x1, y1, x1 + rng.uniform(0.5, 5), y1 + rng.uniform(0.5, 5)];
}

/** A random box with integer corners on a small grid: areas and overlaps are exact, so IoU values are exact quotients. */
function gridBox(rng: Rng, size = 8): Box {
  const x1 = rng.int(0, size - 2);
  const y1 = rng.int(0, size - 2);
  return [x1, y1, rng.int(x1 + 1, Math.min(size, x1 + 5)), rng.int(y1 + 1, Math.min(size, y1 + 5))];
}

/**
 * Random NMS arguments. Integer corners and dyadic IoU thresholds make every comparison with the
 * threshold exact whatever way IoU is computed; scores with two decimals give occasional ties, and
 * the score threshold is sometimes one of the scores (a score equal to it is kept).
 */
function nmsArgs(rng: Rng, n: number): unknown[] {
  const boxes = Array.from({ length: n }, () => gridBox(rng));
  const scores = Array.from({ length: n }, () => rng.round(rng.uniform(0.05, 1), 2));
  const iouThreshold = rng.pick([0.25, 0.375, 0.5, 0.625]);
  const scoreThreshold = n > 0 && rng.random() < 0.5 ? rng.pick(scores) : rng.pick([0, 0.25, 0.5]);
  return [boxes, scores, iouThreshold, scoreThreshold];
}

/** Readable failures for index lists: which boxes are missing, which should have gone, or only the order. */
function compareIndices(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const want = expected as number[];
  if (!Array.isArray(got) || got.some((v) => typeof v !== 'number')) {
    const cmp = compareValues(got, want, tol);
    return cmp.ok ? null : cmp.text!;
  }
  const g = got as number[];
  if (g.length === want.length && g.every((v, i) => v === want[i])) return null;
  const scores = args[1] as number[];
  const show = (l: number[]) => `[${l.join(', ')}]`;
  const base = { en: `expected the kept indices ${show(want)}, got ${show(g)}`, zh: `应保留的索引是 ${show(want)}，实际得到 ${show(g)}` };
  const missing = want.filter((i) => !g.includes(i));
  const extra = g.filter((i) => !want.includes(i));
  if (!missing.length && !extra.length && g.length === want.length) {
    return { en: `${base.en}: the right boxes in the wrong order — return them by descending score (ties by lower index); their scores are ${show(want.map((i) => scores[i]))}`, zh: `${base.zh}：框是对的，但顺序错了——按分数从高到低返回（分数相同时索引小的在前）；它们的分数是 ${show(want.map((i) => scores[i]))}` };
  }
  const parts: { en: string; zh: string }[] = [];
  const boxes = (l: number[]) => ({ en: `box${l.length > 1 ? 'es' : ''} ${l.join(', ')}`, zh: `框 ${l.join(', ')}` });
  if (missing.length) parts.push({ en: `${boxes(missing).en} should be kept`, zh: `${boxes(missing).zh} 应被保留` });
  if (extra.length) parts.push({ en: `${boxes(extra).en} should have been dropped (score below scoreThreshold) or suppressed`, zh: `${boxes(extra).zh} 应被丢弃（分数低于 scoreThreshold）或被抑制` });
  if (!parts.length) parts.push({ en: 'an index appears more than once', zh: '有索引出现了不止一次' });
  return { en: `${base.en}: ${parts.map((p) => p.en).join(', ')}`, zh: `${base.zh}：${parts.map((p) => p.zh).join('；')}` };
}

const nms = { call: 'nonMaxSuppression', compare: compareIndices } as const;

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'iou-worked-example', kind: 'example', name: { en: 'IoU of two 4×3 boxes overlapping on a 2×2 square (the worked example)', zh: '两个 4×3 框在一个 2×2 正方形上重叠的 IoU（题中例子）' }, call: 'iou', args: [A, B], nonFiniteHint: NAN_HINT },
    {
      id: 'nms-worked-example',
      kind: 'example',
      name: { en: 'NMS of five boxes, IoU threshold 0.5, score threshold 0.3 (the worked example)', zh: '五个框的 NMS，IoU 阈值 0.5，分数阈值 0.3（题中例子）' },
      ...nms,
      args: [NMS_BOXES, NMS_SCORES, 0.5, 0.3],
    },
    { id: 'iou-apart-one-axis', kind: 'example', name: { en: 'IoU of two boxes side by side with a gap: 0 (the overlap along x is negative, clamp it)', zh: '并排且有间隙的两个框的 IoU：0（x 方向的重叠为负，要截断为 0）' }, call: 'iou', args: [[0, 0, 2, 2], [3, 0, 5, 2]], nonFiniteHint: NAN_HINT },

    // ---- IoU: edge cases ----
    { id: 'iou-identical', kind: 'edge', name: { en: 'identical boxes: IoU 1', zh: '相同的框：IoU 为 1' }, call: 'iou', args: [[1, 2, 4, 6], [1, 2, 4, 6]], nonFiniteHint: NAN_HINT },
    { id: 'iou-touching-edge', kind: 'edge', name: { en: 'boxes touching along an edge: IoU 0', zh: '沿一条边相接的框：IoU 为 0' }, call: 'iou', args: [[0, 0, 2, 2], [2, 0, 4, 2]], nonFiniteHint: NAN_HINT },
    { id: 'iou-touching-corner', kind: 'edge', name: { en: 'boxes touching at a corner: IoU 0', zh: '在一个角相接的框：IoU 为 0' }, call: 'iou', args: [[0, 0, 2, 2], [2, 2, 4, 4]], nonFiniteHint: NAN_HINT },
    { id: 'iou-apart-both-axes', kind: 'edge', name: { en: 'boxes apart along both axes: IoU 0 (two negative overlaps must not multiply to a positive area)', zh: '两个轴上都分开的框：IoU 为 0（两个负的重叠不能相乘得到正面积）' }, call: 'iou', args: [[0, 0, 1, 1], [3, 3, 5, 5]], nonFiniteHint: NAN_HINT },
    { id: 'iou-apart-vertically', kind: 'edge', name: { en: 'boxes one above the other with a gap, overlapping along x', zh: '上下排列、有间隙、在 x 方向重叠的框' }, call: 'iou', args: [[0, 0, 4, 1], [1, 3, 3, 6]], nonFiniteHint: NAN_HINT },
    { id: 'iou-nested', kind: 'edge', name: { en: 'a 2×2 box inside a 4×4 box: IoU 4/16', zh: '4×4 框内的 2×2 框：IoU 为 4/16' }, call: 'iou', args: [[0, 0, 4, 4], [1, 1, 3, 3]], nonFiniteHint: NAN_HINT },
    { id: 'iou-nested-reversed', kind: 'edge', name: { en: 'the inner box first, sharing a corner with the outer one', zh: '内框在前，与外框共用一个角' }, call: 'iou', args: [[0, 0, 1, 3], [0, 0, 4, 4]], nonFiniteHint: NAN_HINT },
    { id: 'iou-half', kind: 'edge', name: { en: 'a box covering half of another: IoU exactly 0.5', zh: '一个框覆盖另一个框的一半：IoU 恰好为 0.5' }, call: 'iou', args: [[0, 0, 4, 2], [0, 0, 4, 4]], nonFiniteHint: NAN_HINT },
    { id: 'iou-zero-width', kind: 'edge', name: { en: 'a box of width 0 (x2 = x1) across another box: IoU 0', zh: '宽度为 0 的框（x2 = x1）横穿另一个框：IoU 为 0' }, call: 'iou', args: [[1, 0, 1, 3], [0, 0, 2, 2]], nonFiniteHint: NAN_HINT },
    { id: 'iou-reversed-x', kind: 'edge', name: { en: 'a box with x2 < x1 (area 0, corners not reordered) on top of a real box', zh: 'x2 < x1 的框（面积为 0，角点不重新排序）叠在一个真实的框上' }, call: 'iou', args: [[2, 0, 0, 2], [0, 0, 2, 2]], nonFiniteHint: NAN_HINT },
    { id: 'iou-reversed-both', kind: 'edge', name: { en: 'a box with x2 < x1 and y2 < y1 compared with its reordered copy: IoU 0', zh: 'x2 < x1 且 y2 < y1 的框与它重新排序后的副本比较：IoU 为 0' }, call: 'iou', args: [[0, 0, 3, 3], [3, 3, 0, 0]], nonFiniteHint: NAN_HINT },
    { id: 'iou-both-degenerate', kind: 'edge', name: { en: 'two identical boxes of area 0: the union is empty, IoU 0 (not NaN)', zh: '两个相同的面积为 0 的框：并集为空，IoU 为 0（不是 NaN）' }, call: 'iou', args: [[1, 1, 1, 3], [1, 1, 1, 3]], nonFiniteHint: NAN_HINT },
    { id: 'iou-both-points', kind: 'edge', name: { en: 'two boxes that are single points: IoU 0', zh: '两个只是单个点的框：IoU 为 0' }, call: 'iou', args: [[2, 2, 2, 2], [2, 2, 2, 2]], nonFiniteHint: NAN_HINT },
    { id: 'iou-both-reversed', kind: 'edge', name: { en: 'two identical boxes with x2 < x1 and y2 < y1: IoU 0', zh: '两个相同的 x2 < x1 且 y2 < y1 的框：IoU 为 0' }, call: 'iou', args: [[4, 4, 1, 1], [4, 4, 1, 1]], nonFiniteHint: NAN_HINT },

    // ---- IoU: hidden and random ----
    { id: 'iou-negative-coordinates', kind: 'hidden', name: { en: 'boxes with negative coordinates', zh: '坐标为负的框' }, call: 'iou', args: [[-3, -2, 1, 2], [-1, -4, 2, 0]], nonFiniteHint: NAN_HINT },
    { id: 'iou-large-coordinates', kind: 'hidden', name: { en: 'boxes in image pixels (hundreds)', zh: '以图像像素为单位的框（数百）' }, call: 'iou', args: [[120, 40, 380, 290], [200, 100, 420, 330]], nonFiniteHint: NAN_HINT },
    { id: 'iou-thin-overlap', kind: 'hidden', name: { en: 'a thin sliver of overlap (0.01 wide)', zh: '很窄的一条重叠（宽 0.01）' }, call: 'iou', args: [[0, 0, 2.01, 1], [2, 0, 4, 1]], nonFiniteHint: NAN_HINT },
    {
      id: 'iou-normalized-coordinates',
      kind: 'hidden',
      name: { en: 'boxes in normalized coordinates (fractions of the image): a union smaller than 1', zh: '归一化坐标（图像的比例）中的框：并集面积小于 1' },
      call: 'iou',
      args: [[0.1, 0.1, 0.5, 0.6], [0.3, 0.2, 0.7, 0.5]],
      nonFiniteHint: NAN_HINT,
    },
    {
      id: 'iou-random',
      kind: 'random',
      name: { en: 'random boxes with real coordinates', zh: '实数坐标的随机框' },
      call: 'iou',
      count: 10,
      generate: (rng) => [floatBox(rng), floatBox(rng)],
      nonFiniteHint: NAN_HINT,
    },
    {
      id: 'iou-symmetric',
      kind: 'property',
      name: { en: 'iou(a, b) = iou(b, a) and 0 ≤ IoU ≤ 1', zh: 'iou(a, b) = iou(b, a) 且 0 ≤ IoU ≤ 1' },
      call: 'iou',
      generate: (rng) => [floatBox(rng), floatBox(rng)],
      nonFiniteHint: NAN_HINT,
      property: ({ got, args, call }) => {
        const v = got as number;
        if (!(v >= 0 && v <= 1)) return { en: `iou(a, b) = ${v}, outside [0, 1]`, zh: `iou(a, b) = ${v}，不在 [0, 1] 内` };
        const back = call('iou', args[1], args[0]) as number;
        if (Math.abs(back - v) > 1e-12) return { en: `iou(a, b) = ${v} but iou(b, a) = ${back}`, zh: `iou(a, b) = ${v}，但 iou(b, a) = ${back}` };
        return null;
      },
    },

    // ---- NMS: edge cases ----
    { id: 'nms-empty', kind: 'edge', name: { en: 'no boxes at all: an empty list', zh: '没有任何框：空列表' }, ...nms, args: [[], [], 0.5, 0] },
    { id: 'nms-single', kind: 'edge', name: { en: 'a single box above the score threshold', zh: '单个高于分数阈值的框' }, ...nms, args: [[[0, 0, 1, 1]], [0.4], 0.5, 0.1] },
    {
      id: 'nms-all-below-threshold',
      kind: 'edge',
      name: { en: 'every score below the score threshold: an empty list', zh: '所有分数都低于分数阈值：空列表' },
      ...nms,
      args: [[[0, 0, 2, 2], [5, 5, 6, 6], [1, 1, 3, 3]], [0.1, 0.29, 0.2], 0.5, 0.3],
    },
    {
      id: 'nms-score-equal-threshold',
      kind: 'edge',
      name: { en: 'scores equal to the score threshold are kept, lower ones dropped', zh: '分数等于分数阈值的保留，更低的丢弃' },
      ...nms,
      args: [[[0, 0, 2, 2], [5, 5, 6, 6], [3, 0, 4, 1], [8, 8, 9, 9]], [0.25, 0.5, 0.25, 0.2], 0.5, 0.25],
    },
    {
      id: 'nms-iou-at-threshold',
      kind: 'edge',
      name: { en: 'IoU exactly equal to the IoU threshold (0.5) does not suppress', zh: 'IoU 恰好等于 IoU 阈值（0.5）时不抑制' },
      ...nms,
      args: [[[0, 0, 4, 4], [0, 0, 4, 2], [0, 2, 4, 4], [0, 0, 2, 4]], [0.9, 0.8, 0.7, 0.6], 0.5, 0],
    },
    {
      id: 'nms-iou-just-above-threshold',
      kind: 'edge',
      name: { en: 'IoU just above the threshold (0.25 vs 0.2) suppresses', zh: 'IoU 略高于阈值（0.25 对 0.2）时抑制' },
      ...nms,
      args: [[[0, 0, 4, 4], [1, 1, 3, 3], [0, 0, 4, 1]], [0.7, 0.9, 0.8], 0.2, 0],
    },
    {
      id: 'nms-identical-equal-scores',
      kind: 'edge',
      name: { en: 'three identical boxes with the same score: the lowest index survives', zh: '三个分数相同的相同框：索引最小的保留' },
      ...nms,
      args: [[[1, 1, 3, 3], [1, 1, 3, 3], [1, 1, 3, 3]], [0.6, 0.6, 0.6], 0.5, 0],
    },
    {
      id: 'nms-equal-scores-apart',
      kind: 'edge',
      name: { en: 'equal scores on boxes that do not overlap: all kept, in index order', zh: '互不重叠的框分数相同：全部保留，按索引顺序' },
      ...nms,
      args: [[[0, 0, 1, 1], [2, 0, 3, 1], [4, 0, 5, 1], [6, 0, 7, 1]], [0.5, 0.7, 0.5, 0.5], 0.3, 0.4],
    },
    {
      id: 'nms-tie-overlapping',
      kind: 'edge',
      name: { en: 'two overlapping boxes with equal scores: the lower index suppresses the higher one', zh: '两个重叠的框分数相同：索引小的抑制索引大的' },
      ...nms,
      args: [[[0, 0, 3, 3], [5, 5, 7, 7], [0, 0, 3, 2], [1, 0, 4, 3]], [0.8, 0.3, 0.8, 0.8], 0.4, 0],
    },
    {
      id: 'nms-nested',
      kind: 'edge',
      name: { en: 'a small box inside a big one (IoU 0.25): suppressed at threshold 0.2', zh: '大框内的小框（IoU 0.25）：阈值 0.2 时被抑制' },
      ...nms,
      args: [[[1, 1, 3, 3], [0, 0, 4, 4]], [0.9, 0.95], 0.2, 0],
    },
    {
      id: 'nms-nested-kept',
      kind: 'edge',
      name: { en: 'the same nested boxes at threshold 0.3: both kept', zh: '同样的嵌套框，阈值 0.3：都保留' },
      ...nms,
      args: [[[1, 1, 3, 3], [0, 0, 4, 4]], [0.9, 0.95], 0.3, 0],
    },
    {
      id: 'nms-touching',
      kind: 'edge',
      name: { en: 'boxes touching along edges and corners, IoU threshold 0: all kept', zh: '沿边和角相接的框，IoU 阈值 0：全部保留' },
      ...nms,
      args: [[[0, 0, 2, 2], [2, 0, 4, 2], [2, 2, 4, 4], [0, 2, 2, 4]], [0.5, 0.6, 0.7, 0.8], 0, 0],
    },
    {
      id: 'nms-threshold-zero',
      kind: 'edge',
      name: { en: 'IoU threshold 0: any overlap at all suppresses', zh: 'IoU 阈值 0：只要有重叠就抑制' },
      ...nms,
      args: [[[0, 0, 10, 10], [9, 9, 12, 12], [10, 0, 12, 2], [-3, -3, 0.5, 0.5]], [0.9, 0.8, 0.7, 0.6], 0, 0],
    },
    {
      id: 'nms-threshold-one',
      kind: 'edge',
      name: { en: 'IoU threshold 1: nothing is suppressed, not even identical boxes', zh: 'IoU 阈值 1：什么都不抑制，相同的框也不抑制' },
      ...nms,
      args: [[[0, 0, 2, 2], [0, 0, 2, 2], [1, 1, 3, 3]], [0.3, 0.9, 0.6], 1, 0],
    },
    {
      id: 'nms-chain',
      kind: 'edge',
      name: { en: 'a chain A–B–C: B is suppressed by A, so C (apart from A) is kept', zh: '链 A–B–C：B 被 A 抑制，所以 C（与 A 不相交）被保留' },
      ...nms,
      args: [[[2, 0, 6, 2], [0, 0, 4, 2], [4, 0, 8, 2]], [0.8, 0.9, 0.7], 0.3, 0],
    },
    {
      id: 'nms-chain-long',
      kind: 'edge',
      name: { en: 'five boxes in a row, each overlapping the next (IoU 0.6): every other box is kept', zh: '一排五个框，每个都与下一个重叠（IoU 0.6）：隔一个保留一个' },
      ...nms,
      args: [[[0, 0, 4, 1], [1, 0, 5, 1], [2, 0, 6, 1], [3, 0, 7, 1], [4, 0, 8, 1]], [0.9, 0.8, 0.7, 0.6, 0.5], 0.5, 0],
    },
    {
      id: 'nms-degenerate-boxes',
      kind: 'edge',
      name: { en: 'boxes of area 0 (one with reversed corners) overlap nothing: each is kept on its own', zh: '面积为 0 的框（其中一个角点颠倒）不与任何框重叠：各自保留' },
      ...nms,
      args: [[[0, 0, 4, 4], [4, 4, 0, 0], [1, 1, 1, 3], [0, 0, 4, 4], [1, 1, 3, 3]], [0.5, 0.9, 0.8, 0.4, 0.3], 0.2, 0],
    },
    {
      id: 'nms-stronger-box-later',
      kind: 'edge',
      name: { en: 'the best box comes last in the input and overlaps all the others', zh: '最好的框在输入中排在最后，并与其他所有框重叠' },
      ...nms,
      args: [[[0, 0, 3, 3], [1, 0, 4, 3], [2, 0, 5, 3], [1, 0, 4, 3]], [0.5, 0.6, 0.4, 0.95], 0.4, 0],
    },

    // ---- NMS: hidden and random ----
    {
      id: 'nms-negative-scores',
      kind: 'hidden',
      name: { en: 'logit-like scores, some negative, score threshold −1', zh: '类似 logit 的分数，有些为负，分数阈值 −1' },
      ...nms,
      args: [[[0, 0, 2, 2], [1, 0, 3, 2], [5, 5, 7, 7], [5, 6, 7, 8], [0, 4, 1, 5]], [-0.5, 2, -1, -3, 1.5], 0.3, -1],
    },
    {
      id: 'nms-real-coordinates',
      kind: 'hidden',
      name: { en: 'a crowded scene with real coordinates, IoU threshold 0.45', zh: '实数坐标的拥挤场景，IoU 阈值 0.45' },
      ...nms,
      generate: (rng) => {
        // IoU values are kept away from 0.45 so that any correct way of computing IoU decides alike.
        const boxes: Box[] = [];
        while (boxes.length < 10) {
          const b = floatBox(rng);
          if (boxes.every((o) => Math.abs(iouOf(o, b) - 0.45) > 1e-6)) boxes.push(b);
        }
        return [boxes, boxes.map(() => rng.uniform(0, 1)), 0.45, 0.2];
      },
    },
    {
      id: 'nms-random',
      kind: 'random',
      name: { en: 'random boxes on a grid, random thresholds', zh: '网格上的随机框，随机阈值' },
      ...nms,
      count: 10,
      generate: (rng) => nmsArgs(rng, rng.int(1, 10)),
    },
    {
      id: 'nms-random-crowded',
      kind: 'random',
      name: { en: 'many random boxes on a small grid (lots of overlap)', zh: '小网格上的许多随机框（大量重叠）' },
      ...nms,
      count: 4,
      generate: (rng) => {
        const n = rng.int(12, 18);
        const boxes = Array.from({ length: n }, () => gridBox(rng, 6));
        const scores = Array.from({ length: n }, () => rng.round(rng.uniform(0, 1), 1));
        return [boxes, scores, rng.pick([0.25, 0.5]), rng.pick([0, 0.3, 0.5])];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 7:12 > → >=': 'a width of 0 gives an area of 0 on either branch',
    'boundary 7:21 > → >=': 'a height of 0 gives an area of 0 on either branch',
    'logical 7:16 && → ||': 'area() matters only when the boxes intersect, and a box with an intersection has w > 0 and h > 0',
    'constant 7:35 0 → 1': 'area() matters only when the boxes intersect, and then neither box is empty',
    'boundary 21:13 <= → <': 'with inter = 0 the ratio inter / union is 0 as well (union > 0 then)',
    'logical 21:18 || → &&': 'union ≥ inter, so union ≤ 0 only with inter ≤ 0, which returns 0 either way',
    'boundary 21:27 <= → <': 'union = 0 means both boxes are empty and inter = 0, which returns 0 on the first test',
    'boundary 36:21 < → <=': 'scores[boxes.length] is undefined, and undefined >= scoreThreshold is false',
    'arguments 43:31 boxes[k], boxes[i] → boxes[i], boxes[k]': 'IoU is symmetric',
  },});

/** The reference formula, only to keep generated cases away from the threshold. */
function iouOf(a: Box, b: Box): number {
  const area = (r: Box) => (r[2] > r[0] && r[3] > r[1] ? (r[2] - r[0]) * (r[3] - r[1]) : 0);
  const inter = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const union = area(a) + area(b) - inter;
  return inter > 0 && union > 0 ? inter / union : 0;
}
