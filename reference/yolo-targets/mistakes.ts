import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'grid-transposed',
    hint: {
      en: 'Your grid is transposed: the row index comes from b_y (down) and the column from b_x (across): i = min(⌊b_y·S⌋, S − 1), j = min(⌊b_x·S⌋, S − 1), and the box goes to y[i][j], not y[j][i].',
      zh: '你的网格转置了：行下标来自 b_y（向下），列下标来自 b_x（向右）：i = min(⌊b_y·S⌋, S − 1)，j = min(⌊b_x·S⌋, S − 1)，框放在 y[i][j]，而不是 y[j][i]。',
    },
    edits: [{ find: 'const v = y[i][j][bestAnchor(bh, bw, anchors)];', replace: 'const v = y[j][i][bestAnchor(bh, bw, anchors)];' }],
  },
  {
    name: 'offsets-image-relative',
    hint: {
      en: 'b_x and b_y in the target are relative to the CELL: b_x = bx·S − j and b_y = by·S − i, both in [0, 1] (1 only on the right or bottom edge of the image). Only b_h and b_w stay relative to the image.',
      zh: '目标中的 b_x 和 b_y 是相对于**格子**的：b_x = bx·S − j，b_y = by·S − i，都在 [0, 1] 内（只有在图像右边或下边界上才为 1）。只有 b_h 和 b_w 保持相对于整张图像。',
    },
    edits: [
      { find: 'v[1] = bx * S - j;', replace: 'v[1] = bx;' },
      { find: 'v[2] = by * S - i;', replace: 'v[2] = by;' },
    ],
  },
  {
    name: 'height-width-swapped',
    hint: {
      en: 'b_h and b_w are swapped: the vector is [p_c, b_x, b_y, b_h, b_w, c_1..c_K], height before width (and anchors are rows [h, w]).',
      zh: 'b_h 和 b_w 写反了：向量是 [p_c, b_x, b_y, b_h, b_w, c_1..c_K]，高度在宽度之前（锚框的行也是 [h, w]）。',
    },
    edits: [
      { find: 'v[3] = bh;', replace: 'v[3] = bw;' },
      { find: 'v[4] = bw;', replace: 'v[4] = bh;' },
    ],
  },
  {
    name: 'no-edge-clamp',
    hint: {
      en: 'A centre on the right or bottom edge of the image (b_x = 1 or b_y = 1) gives ⌊1·S⌋ = S, one past the last cell. Clamp: i = min(⌊b_y·S⌋, S − 1), j = min(⌊b_x·S⌋, S − 1).',
      zh: '图像右边或下边界上的中心（b_x = 1 或 b_y = 1）得到 ⌊1·S⌋ = S，超出了最后一个格子。要截断：i = min(⌊b_y·S⌋, S − 1)，j = min(⌊b_x·S⌋, S − 1)。',
    },
    edits: [
      { find: 'const i = Math.min(Math.floor(by * S), S - 1);', replace: 'const i = Math.floor(by * S);' },
      { find: 'const j = Math.min(Math.floor(bx * S), S - 1);', replace: 'const j = Math.floor(bx * S);' },
    ],
  },
  {
    name: 'later-box-overwrites',
    hint: {
      en: 'A later box overwrites a slot that is already taken. Boxes are placed in list order, and a box whose (cell, anchor) slot already holds an object is dropped: it does not replace the first one.',
      zh: '后面的框覆盖了已被占用的位置。框按列表顺序放置，若某个框的（格子, 锚框）位置已有物体，这个框就被丢弃：它不会替换第一个框。',
    },
    edits: [{ find: '    if (v[0] === 1) continue; // the slot is taken: this box is dropped\n', replace: '    v.fill(0);\n' }],
  },
  {
    name: 'anchor-tie-higher',
    hint: {
      en: 'On a tie of IoU, bestAnchor must return the LOWER anchor index: replace the best only when an anchor is strictly better.',
      zh: 'IoU 相同时，bestAnchor 必须返回**较小**的锚框下标：只有严格更好时才替换当前最优。',
    },
    edits: [{ find: 'if (iou > bestIou) {', replace: 'if (iou >= bestIou) {' }],
  },
  {
    name: 'threshold-strict',
    hint: {
      en: 'decodeYolo keeps a vector when p_c ≥ threshold: a score equal to the threshold is kept, not dropped.',
      zh: 'decodeYolo 在 p_c ≥ threshold 时保留向量：分数等于阈值时要保留，而不是丢弃。',
    },
    edits: [{ find: 'if (v[0] < threshold) continue;', replace: 'if (v[0] <= threshold) continue;' }],
  },
]);
