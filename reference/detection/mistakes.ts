import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'empty-union-nan',
    hint: {
      en: 'Your IoU divides by a zero union: two boxes of area 0 give 0/0 = NaN. When the union (or the intersection) is empty, return 0 before dividing.',
      zh: '你的 IoU 除以了为零的并集：两个面积为 0 的框得到 0/0 = NaN。并集（或交集）为空时，应在做除法之前直接返回 0。',
    },
    edits: [
      {
        find: `const union = area(a) + area(b) - inter;
  if (inter <= 0 || union <= 0) return 0;`,
        replace: 'const union = area(a) + area(b) - inter;',
      },
    ],
  },
  {
    name: 'ignores-score-threshold',
    hint: {
      en: 'You never apply scoreThreshold: boxes scoring below it must be dropped before the suppression starts.',
      zh: '你没有使用 scoreThreshold：分数低于它的框必须在抑制开始之前就去掉。',
    },
    edits: [
      {
        find: 'for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) order.push(i);',
        replace: 'for (let i = 0; i < boxes.length; i++) order.push(i);',
      },
    ],
  },
  {
    name: 'iou-not-clamped',
    hint: {
      en: 'Your intersection is not clamped at 0: when the boxes are apart along one axis, min(x2) − max(x1) is negative and the "intersection" becomes negative (or, apart along both axes, a positive product of two negatives). Use w = max(0, min(a.x2, b.x2) − max(a.x1, b.x1)) and the same for h.',
      zh: '你的交集没有截断到 0：两个框在某一轴上分开时，min(x2) − max(x1) 是负数，"交集" 就成了负数（两个轴都分开时，两个负数相乘又成了正数）。应该用 w = max(0, min(a.x2, b.x2) − max(a.x1, b.x1))，h 同理。',
    },
    edits: [
      {
        find: 'const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));',
        replace: 'const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);',
      },
      {
        find: 'const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));',
        replace: 'const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);',
      },
      { find: 'if (inter <= 0 || union <= 0) return 0;', replace: 'if (union <= 0) return 0;' },
    ],
  },
  {
    name: 'kept-in-index-order',
    hint: {
      en: 'You keep the right boxes but return them in index order. Return the kept indices in descending score order (ties by lower index): the order in which the greedy loop keeps them.',
      zh: '你保留的框是对的，但按下标顺序返回。应按分数从高到低返回保留的下标（分数相同按下标从小到大），也就是贪心循环保留它们的顺序。',
    },
    edits: [
      { find: 'return kept;', replace: 'return kept.sort((i, j) => i - j);' },
    ],
  },
  {
    name: 'nms-not-sorted',
    hint: {
      en: 'You run the greedy loop over the boxes in their input order instead of sorting them by score first, so a weaker box can suppress a stronger one. Sort the candidates by descending score (ties by lower index), then keep each one that overlaps no kept box by more than the threshold.',
      zh: '你按输入顺序遍历框，而没有先按分数排序，于是分数低的框可能抑制分数高的框。先把候选框按分数从高到低排序（分数相同按下标从小到大），再依次保留与已保留框的 IoU 都不超过阈值的框。',
    },
    edits: [
      {
        find: `for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) order.push(i);
  order.sort((i, j) => scores[j] - scores[i]);`,
        replace: 'for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) order.push(i);',
      },
    ],
  },
  {
    name: 'pixel-plus-one',
    hint: {
      en: 'You measure widths as x2 − x1 + 1 (the old pixel-index convention of some detection code). Here coordinates are continuous: the width is x2 − x1 and the height y2 − y1, for the boxes and for their intersection.',
      zh: '你把宽度算成 x2 − x1 + 1（一些旧检测代码里按像素下标的约定）。这里坐标是连续的：框和交集的宽度都是 x2 − x1，高度都是 y2 − y1。',
    },
    edits: [
      { find: 'const w = box[2] - box[0];', replace: 'const w = box[2] - box[0] + 1;' },
      { find: 'const h = box[3] - box[1];', replace: 'const h = box[3] - box[1] + 1;' },
      {
        find: 'const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));',
        replace: 'const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + 1);',
      },
      {
        find: 'const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));',
        replace: 'const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + 1);',
      },
    ],
  },
  {
    name: 'reorders-corners',
    hint: {
      en: 'You sort the corners of a box (min and max of x1, x2 and of y1, y2), so a box written with x2 < x1 becomes a real box. By convention a box with x2 ≤ x1 or y2 ≤ y1 is empty: area 0, IoU 0 with anything.',
      zh: '你把框的角点排了序（对 x1、x2 和 y1、y2 取最小和最大），于是 x2 < x1 的框变成了一个正常的框。按约定，x2 ≤ x1 或 y2 ≤ y1 的框是空的：面积为 0，与任何框的 IoU 都是 0。',
    },
    edits: [
      {
        find: 'export function iou(a, b) {',
        replace: `export function iou(a, b) {
  a = [Math.min(a[0], a[2]), Math.min(a[1], a[3]), Math.max(a[0], a[2]), Math.max(a[1], a[3])];
  b = [Math.min(b[0], b[2]), Math.min(b[1], b[3]), Math.max(b[0], b[2]), Math.max(b[1], b[3])];`,
      },
    ],
  },
  {
    name: 'score-threshold-strict',
    hint: {
      en: 'You drop boxes whose score equals scoreThreshold. Only scores strictly below the threshold are dropped: keep a box when score ≥ scoreThreshold.',
      zh: '你把分数恰好等于 scoreThreshold 的框也去掉了。只有严格低于阈值的分数才被去掉：分数 ≥ scoreThreshold 时保留。',
    },
    edits: [
      {
        find: 'for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) order.push(i);',
        replace: 'for (let i = 0; i < boxes.length; i++) if (scores[i] > scoreThreshold) order.push(i);',
      },
    ],
  },
  {
    name: 'suppress-at-threshold',
    hint: {
      en: 'You suppress a box whose IoU equals iouThreshold. Only an IoU strictly greater than the threshold suppresses (as in torchvision.ops.nms): keep the box when IoU ≤ iouThreshold.',
      zh: '你在 IoU 恰好等于 iouThreshold 时也抑制了框。只有 IoU 严格大于阈值才抑制（与 torchvision.ops.nms 相同）：IoU ≤ iouThreshold 时保留。',
    },
    edits: [
      {
        find: 'if (kept.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);',
        replace: 'if (kept.every((k) => iou(boxes[k], boxes[i]) < iouThreshold)) kept.push(i);',
      },
    ],
  },
  {
    name: 'suppressed-boxes-suppress',
    hint: {
      en: 'A box that was already suppressed still suppresses the boxes after it. Only kept boxes suppress: compare each candidate with the boxes kept so far, not with every higher-scoring box.',
      zh: '已经被抑制的框仍在抑制它后面的框。只有被保留的框才能抑制别的框：把每个候选框与目前已保留的框比较，而不是与所有分数更高的框比较。',
    },
    edits: [
      {
        find: `for (const i of order) {
    // Greedy: a candidate survives if no box kept so far (all of them score at least as high)
    // overlaps it by more than the threshold.
    if (kept.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);`,
        replace: `for (let r = 0; r < order.length; r++) {
    const i = order[r];
    const better = order.slice(0, r);
    if (better.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);`,
      },
    ],
  },
  {
    name: 'ties-to-higher-index',
    hint: {
      en: 'On equal scores you take the box with the higher index first (picking the maximum with ≥ keeps the last one). Ties go to the lower index: pick the first best box, or sort with a stable sort on descending score.',
      zh: '分数相同时你先取了下标较大的框（用 ≥ 找最大值会留下最后一个）。分数相同应先取下标较小的：取第一个最高分的框，或者按分数降序做稳定排序。',
    },
    edits: [
      {
        find: `const order = [];
  for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) order.push(i);
  order.sort((i, j) => scores[j] - scores[i]);`,
        replace: `let remaining = [];
  for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) remaining.push(i);`,
      },
      {
        find: `for (const i of order) {
    // Greedy: a candidate survives if no box kept so far (all of them score at least as high)
    // overlaps it by more than the threshold.
    if (kept.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);`,
        replace: `while (remaining.length > 0) {
    let best = remaining[0];
    for (const i of remaining) if (scores[i] >= scores[best]) best = i;
    kept.push(best);
    remaining = remaining.filter((i) => i !== best && iou(boxes[best], boxes[i]) <= iouThreshold);`,
      },
    ],
  },
  {
    name: 'union-not-minus-intersection',
    hint: {
      en: 'Your union counts the overlap twice: area(a) + area(b). The union is area(a) + area(b) − area(a ∩ b); identical boxes must have IoU 1, not 0.5.',
      zh: '你的并集把重叠部分算了两次：area(a) + area(b)。并集应为 area(a) + area(b) − area(a ∩ b)；两个相同的框 IoU 应为 1，而不是 0.5。',
    },
    edits: [
      { find: 'const union = area(a) + area(b) - inter;', replace: 'const union = area(a) + area(b);' },
    ],
  },
]);
