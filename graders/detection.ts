import { compareValues, type Tolerance } from '../src/lib/engine/compare';
import { defineGrader } from '../src/lib/engine/grader';
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

const NAN_HINT = 'the union was 0 (two boxes of area 0) and 0/0 gave NaN: return 0 when the union or the intersection is empty';

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
function compareIndices(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): string | null {
  const want = expected as number[];
  if (!Array.isArray(got) || got.some((v) => typeof v !== 'number')) {
    const cmp = compareValues(got, want, tol);
    return cmp.ok ? null : cmp.message!;
  }
  const g = got as number[];
  if (g.length === want.length && g.every((v, i) => v === want[i])) return null;
  const scores = args[1] as number[];
  const show = (l: number[]) => `[${l.join(', ')}]`;
  const base = `expected the kept indices ${show(want)}, got ${show(g)}`;
  const missing = want.filter((i) => !g.includes(i));
  const extra = g.filter((i) => !want.includes(i));
  if (!missing.length && !extra.length && g.length === want.length) {
    return `${base}: the right boxes in the wrong order — return them by descending score (ties by lower index); their scores are ${show(want.map((i) => scores[i]))}`;
  }
  const parts: string[] = [];
  const boxes = (l: number[]) => `box${l.length > 1 ? 'es' : ''} ${l.join(', ')}`;
  if (missing.length) parts.push(`${boxes(missing)} should be kept`);
  if (extra.length) parts.push(`${boxes(extra)} should have been dropped (score below scoreThreshold) or suppressed`);
  if (!parts.length) parts.push('an index appears more than once');
  return `${base}: ${parts.join(', ')}`;
}

const nms = { call: 'nonMaxSuppression', compare: compareIndices } as const;

export default defineGrader({
  checks: [
    // ---- visible examples ----
    { id: 'iou-worked-example', kind: 'example', name: 'IoU of two 4×3 boxes overlapping on a 2×2 square (the worked example)', call: 'iou', args: [A, B], nonFiniteHint: NAN_HINT },
    {
      id: 'nms-worked-example',
      kind: 'example',
      name: 'NMS of five boxes, IoU threshold 0.5, score threshold 0.3 (the worked example)',
      ...nms,
      args: [NMS_BOXES, NMS_SCORES, 0.5, 0.3],
    },
    { id: 'iou-apart-one-axis', kind: 'example', name: 'IoU of two boxes side by side with a gap: 0 (the overlap along x is negative, clamp it)', call: 'iou', args: [[0, 0, 2, 2], [3, 0, 5, 2]], nonFiniteHint: NAN_HINT },

    // ---- IoU: edge cases ----
    { id: 'iou-identical', kind: 'edge', name: 'identical boxes: IoU 1', call: 'iou', args: [[1, 2, 4, 6], [1, 2, 4, 6]], nonFiniteHint: NAN_HINT },
    { id: 'iou-touching-edge', kind: 'edge', name: 'boxes touching along an edge: IoU 0', call: 'iou', args: [[0, 0, 2, 2], [2, 0, 4, 2]], nonFiniteHint: NAN_HINT },
    { id: 'iou-touching-corner', kind: 'edge', name: 'boxes touching at a corner: IoU 0', call: 'iou', args: [[0, 0, 2, 2], [2, 2, 4, 4]], nonFiniteHint: NAN_HINT },
    { id: 'iou-apart-both-axes', kind: 'edge', name: 'boxes apart along both axes: IoU 0 (two negative overlaps must not multiply to a positive area)', call: 'iou', args: [[0, 0, 1, 1], [3, 3, 5, 5]], nonFiniteHint: NAN_HINT },
    { id: 'iou-apart-vertically', kind: 'edge', name: 'boxes one above the other with a gap, overlapping along x', call: 'iou', args: [[0, 0, 4, 1], [1, 3, 3, 6]], nonFiniteHint: NAN_HINT },
    { id: 'iou-nested', kind: 'edge', name: 'a 2×2 box inside a 4×4 box: IoU 4/16', call: 'iou', args: [[0, 0, 4, 4], [1, 1, 3, 3]], nonFiniteHint: NAN_HINT },
    { id: 'iou-nested-reversed', kind: 'edge', name: 'the inner box first, sharing a corner with the outer one', call: 'iou', args: [[0, 0, 1, 3], [0, 0, 4, 4]], nonFiniteHint: NAN_HINT },
    { id: 'iou-half', kind: 'edge', name: 'a box covering half of another: IoU exactly 0.5', call: 'iou', args: [[0, 0, 4, 2], [0, 0, 4, 4]], nonFiniteHint: NAN_HINT },
    { id: 'iou-zero-width', kind: 'edge', name: 'a box of width 0 (x2 = x1) across another box: IoU 0', call: 'iou', args: [[1, 0, 1, 3], [0, 0, 2, 2]], nonFiniteHint: NAN_HINT },
    { id: 'iou-reversed-x', kind: 'edge', name: 'a box with x2 < x1 (area 0, corners not reordered) on top of a real box', call: 'iou', args: [[2, 0, 0, 2], [0, 0, 2, 2]], nonFiniteHint: NAN_HINT },
    { id: 'iou-reversed-both', kind: 'edge', name: 'a box with x2 < x1 and y2 < y1 compared with its reordered copy: IoU 0', call: 'iou', args: [[0, 0, 3, 3], [3, 3, 0, 0]], nonFiniteHint: NAN_HINT },
    { id: 'iou-both-degenerate', kind: 'edge', name: 'two identical boxes of area 0: the union is empty, IoU 0 (not NaN)', call: 'iou', args: [[1, 1, 1, 3], [1, 1, 1, 3]], nonFiniteHint: NAN_HINT },
    { id: 'iou-both-points', kind: 'edge', name: 'two boxes that are single points: IoU 0', call: 'iou', args: [[2, 2, 2, 2], [2, 2, 2, 2]], nonFiniteHint: NAN_HINT },
    { id: 'iou-both-reversed', kind: 'edge', name: 'two identical boxes with x2 < x1 and y2 < y1: IoU 0', call: 'iou', args: [[4, 4, 1, 1], [4, 4, 1, 1]], nonFiniteHint: NAN_HINT },

    // ---- IoU: hidden and random ----
    {
      id: 'iou-normalized-coordinates',
      kind: 'hidden',
      name: { en: 'boxes in normalized coordinates (fractions of the image): a union smaller than 1', zh: '归一化坐标（图像的比例）中的框：并集面积小于 1' },
      call: 'iou',
      args: [[0.1, 0.1, 0.5, 0.6], [0.3, 0.2, 0.7, 0.5]],
      nonFiniteHint: NAN_HINT,
    },
    { id: 'iou-negative-coordinates', kind: 'hidden', name: 'boxes with negative coordinates', call: 'iou', args: [[-3, -2, 1, 2], [-1, -4, 2, 0]], nonFiniteHint: NAN_HINT },
    { id: 'iou-large-coordinates', kind: 'hidden', name: 'boxes in image pixels (hundreds)', call: 'iou', args: [[120, 40, 380, 290], [200, 100, 420, 330]], nonFiniteHint: NAN_HINT },
    { id: 'iou-thin-overlap', kind: 'hidden', name: 'a thin sliver of overlap (0.01 wide)', call: 'iou', args: [[0, 0, 2.01, 1], [2, 0, 4, 1]], nonFiniteHint: NAN_HINT },
    {
      id: 'iou-random',
      kind: 'random',
      name: 'random boxes with real coordinates',
      call: 'iou',
      count: 10,
      generate: (rng) => [floatBox(rng), floatBox(rng)],
      nonFiniteHint: NAN_HINT,
    },
    {
      id: 'iou-symmetric',
      kind: 'property',
      name: 'iou(a, b) = iou(b, a) and 0 ≤ IoU ≤ 1',
      call: 'iou',
      generate: (rng) => [floatBox(rng), floatBox(rng)],
      nonFiniteHint: NAN_HINT,
      property: ({ got, args, call }) => {
        const v = got as number;
        if (!(v >= 0 && v <= 1)) return `iou(a, b) = ${v}, outside [0, 1]`;
        const back = call('iou', args[1], args[0]) as number;
        if (Math.abs(back - v) > 1e-12) return `iou(a, b) = ${v} but iou(b, a) = ${back}`;
        return null;
      },
    },

    // ---- NMS: edge cases ----
    { id: 'nms-empty', kind: 'edge', name: 'no boxes at all: an empty list', ...nms, args: [[], [], 0.5, 0] },
    { id: 'nms-single', kind: 'edge', name: 'a single box above the score threshold', ...nms, args: [[[0, 0, 1, 1]], [0.4], 0.5, 0.1] },
    {
      id: 'nms-all-below-threshold',
      kind: 'edge',
      name: 'every score below the score threshold: an empty list',
      ...nms,
      args: [[[0, 0, 2, 2], [5, 5, 6, 6], [1, 1, 3, 3]], [0.1, 0.29, 0.2], 0.5, 0.3],
    },
    {
      id: 'nms-score-equal-threshold',
      kind: 'edge',
      name: 'scores equal to the score threshold are kept, lower ones dropped',
      ...nms,
      args: [[[0, 0, 2, 2], [5, 5, 6, 6], [3, 0, 4, 1], [8, 8, 9, 9]], [0.25, 0.5, 0.25, 0.2], 0.5, 0.25],
    },
    {
      id: 'nms-iou-at-threshold',
      kind: 'edge',
      name: 'IoU exactly equal to the IoU threshold (0.5) does not suppress',
      ...nms,
      args: [[[0, 0, 4, 4], [0, 0, 4, 2], [0, 2, 4, 4], [0, 0, 2, 4]], [0.9, 0.8, 0.7, 0.6], 0.5, 0],
    },
    {
      id: 'nms-iou-just-above-threshold',
      kind: 'edge',
      name: 'IoU just above the threshold (0.25 vs 0.2) suppresses',
      ...nms,
      args: [[[0, 0, 4, 4], [1, 1, 3, 3], [0, 0, 4, 1]], [0.7, 0.9, 0.8], 0.2, 0],
    },
    {
      id: 'nms-identical-equal-scores',
      kind: 'edge',
      name: 'three identical boxes with the same score: the lowest index survives',
      ...nms,
      args: [[[1, 1, 3, 3], [1, 1, 3, 3], [1, 1, 3, 3]], [0.6, 0.6, 0.6], 0.5, 0],
    },
    {
      id: 'nms-equal-scores-apart',
      kind: 'edge',
      name: 'equal scores on boxes that do not overlap: all kept, in index order',
      ...nms,
      args: [[[0, 0, 1, 1], [2, 0, 3, 1], [4, 0, 5, 1], [6, 0, 7, 1]], [0.5, 0.7, 0.5, 0.5], 0.3, 0.4],
    },
    {
      id: 'nms-tie-overlapping',
      kind: 'edge',
      name: 'two overlapping boxes with equal scores: the lower index suppresses the higher one',
      ...nms,
      args: [[[0, 0, 3, 3], [5, 5, 7, 7], [0, 0, 3, 2], [1, 0, 4, 3]], [0.8, 0.3, 0.8, 0.8], 0.4, 0],
    },
    {
      id: 'nms-nested',
      kind: 'edge',
      name: 'a small box inside a big one (IoU 0.25): suppressed at threshold 0.2',
      ...nms,
      args: [[[1, 1, 3, 3], [0, 0, 4, 4]], [0.9, 0.95], 0.2, 0],
    },
    {
      id: 'nms-nested-kept',
      kind: 'edge',
      name: 'the same nested boxes at threshold 0.3: both kept',
      ...nms,
      args: [[[1, 1, 3, 3], [0, 0, 4, 4]], [0.9, 0.95], 0.3, 0],
    },
    {
      id: 'nms-touching',
      kind: 'edge',
      name: 'boxes touching along edges and corners, IoU threshold 0: all kept',
      ...nms,
      args: [[[0, 0, 2, 2], [2, 0, 4, 2], [2, 2, 4, 4], [0, 2, 2, 4]], [0.5, 0.6, 0.7, 0.8], 0, 0],
    },
    {
      id: 'nms-threshold-zero',
      kind: 'edge',
      name: 'IoU threshold 0: any overlap at all suppresses',
      ...nms,
      args: [[[0, 0, 10, 10], [9, 9, 12, 12], [10, 0, 12, 2], [-3, -3, 0.5, 0.5]], [0.9, 0.8, 0.7, 0.6], 0, 0],
    },
    {
      id: 'nms-threshold-one',
      kind: 'edge',
      name: 'IoU threshold 1: nothing is suppressed, not even identical boxes',
      ...nms,
      args: [[[0, 0, 2, 2], [0, 0, 2, 2], [1, 1, 3, 3]], [0.3, 0.9, 0.6], 1, 0],
    },
    {
      id: 'nms-chain',
      kind: 'edge',
      name: 'a chain A–B–C: B is suppressed by A, so C (apart from A) is kept',
      ...nms,
      args: [[[2, 0, 6, 2], [0, 0, 4, 2], [4, 0, 8, 2]], [0.8, 0.9, 0.7], 0.3, 0],
    },
    {
      id: 'nms-chain-long',
      kind: 'edge',
      name: 'five boxes in a row, each overlapping the next (IoU 0.6): every other box is kept',
      ...nms,
      args: [[[0, 0, 4, 1], [1, 0, 5, 1], [2, 0, 6, 1], [3, 0, 7, 1], [4, 0, 8, 1]], [0.9, 0.8, 0.7, 0.6, 0.5], 0.5, 0],
    },
    {
      id: 'nms-degenerate-boxes',
      kind: 'edge',
      name: 'boxes of area 0 (one with reversed corners) overlap nothing: each is kept on its own',
      ...nms,
      args: [[[0, 0, 4, 4], [4, 4, 0, 0], [1, 1, 1, 3], [0, 0, 4, 4], [1, 1, 3, 3]], [0.5, 0.9, 0.8, 0.4, 0.3], 0.2, 0],
    },
    {
      id: 'nms-stronger-box-later',
      kind: 'edge',
      name: 'the best box comes last in the input and overlaps all the others',
      ...nms,
      args: [[[0, 0, 3, 3], [1, 0, 4, 3], [2, 0, 5, 3], [1, 0, 4, 3]], [0.5, 0.6, 0.4, 0.95], 0.4, 0],
    },

    // ---- NMS: hidden and random ----
    {
      id: 'nms-negative-scores',
      kind: 'hidden',
      name: 'logit-like scores, some negative, score threshold −1',
      ...nms,
      args: [[[0, 0, 2, 2], [1, 0, 3, 2], [5, 5, 7, 7], [5, 6, 7, 8], [0, 4, 1, 5]], [-0.5, 2, -1, -3, 1.5], 0.3, -1],
    },
    {
      id: 'nms-real-coordinates',
      kind: 'hidden',
      name: 'a crowded scene with real coordinates, IoU threshold 0.45',
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
      name: 'random boxes on a grid, random thresholds',
      ...nms,
      count: 10,
      generate: (rng) => nmsArgs(rng, rng.int(1, 10)),
    },
    {
      id: 'nms-random-crowded',
      kind: 'random',
      name: 'many random boxes on a small grid (lots of overlap)',
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
