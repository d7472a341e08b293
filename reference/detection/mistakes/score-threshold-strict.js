export const hint = {
  en: 'You drop boxes whose score equals scoreThreshold. Only scores strictly below the threshold are dropped: keep a box when score ≥ scoreThreshold.',
  zh: '你把分数恰好等于 scoreThreshold 的框也去掉了。只有严格低于阈值的分数才被去掉：分数 ≥ scoreThreshold 时保留。',
};

function area(box) {
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  return w > 0 && h > 0 ? w * h : 0;
}

export function iou(a, b) {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = w * h;
  const union = area(a) + area(b) - inter;
  if (inter <= 0 || union <= 0) return 0;
  return inter / union;
}

export function nonMaxSuppression(boxes, scores, iouThreshold, scoreThreshold) {
  const order = [];
  for (let i = 0; i < boxes.length; i++) if (scores[i] > scoreThreshold) order.push(i);
  order.sort((i, j) => scores[j] - scores[i]);

  const kept = [];
  for (const i of order) {
    if (kept.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);
  }
  return kept;
}
