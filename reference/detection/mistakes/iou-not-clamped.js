export const hint = {
  en: 'Your intersection is not clamped at 0: when the boxes are apart along one axis, min(x2) − max(x1) is negative and the "intersection" becomes negative (or, apart along both axes, a positive product of two negatives). Use w = max(0, min(a.x2, b.x2) − max(a.x1, b.x1)) and the same for h.',
  zh: '你的交集没有截断到 0：两个框在某一轴上分开时，min(x2) − max(x1) 是负数，"交集" 就成了负数（两个轴都分开时，两个负数相乘又成了正数）。应该用 w = max(0, min(a.x2, b.x2) − max(a.x1, b.x1))，h 同理。',
};

function area(box) {
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  return w > 0 && h > 0 ? w * h : 0;
}

export function iou(a, b) {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  const inter = w * h;
  const union = area(a) + area(b) - inter;
  if (union <= 0) return 0;
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
