export const hint = {
  en: 'Your IoU divides by a zero union: two boxes of area 0 give 0/0 = NaN. When the union (or the intersection) is empty, return 0 before dividing.',
  zh: '你的 IoU 除以了为零的并集：两个面积为 0 的框得到 0/0 = NaN。并集（或交集）为空时，应在做除法之前直接返回 0。',
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
