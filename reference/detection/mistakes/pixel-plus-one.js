export const hint = {
  en: 'You measure widths as x2 − x1 + 1 (the old pixel-index convention of some detection code). Here coordinates are continuous: the width is x2 − x1 and the height y2 − y1, for the boxes and for their intersection.',
  zh: '你把宽度算成 x2 − x1 + 1（一些旧检测代码里按像素下标的约定）。这里坐标是连续的：框和交集的宽度都是 x2 − x1，高度都是 y2 − y1。',
};

function area(box) {
  const w = box[2] - box[0] + 1;
  const h = box[3] - box[1] + 1;
  return w > 0 && h > 0 ? w * h : 0;
}

export function iou(a, b) {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + 1);
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + 1);
  const inter = w * h;
  const union = area(a) + area(b) - inter;
  if (inter <= 0 || union <= 0) return 0;
  return inter / union;
}

export function nonMaxSuppression(boxes, scores, iouThreshold, scoreThreshold) {
  const order = [];
  for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) order.push(i);
  order.sort((i, j) => scores[j] - scores[i]);

  const kept = [];
  for (const i of order) {
    if (kept.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);
  }
  return kept;
}
