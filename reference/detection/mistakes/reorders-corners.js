export const hint = {
  en: 'You sort the corners of a box (min and max of x1, x2 and of y1, y2), so a box written with x2 < x1 becomes a real box. By convention a box with x2 ≤ x1 or y2 ≤ y1 is empty: area 0, IoU 0 with anything.',
  zh: '你把框的角点排了序（对 x1、x2 和 y1、y2 取最小和最大），于是 x2 < x1 的框变成了一个正常的框。按约定，x2 ≤ x1 或 y2 ≤ y1 的框是空的：面积为 0，与任何框的 IoU 都是 0。',
};

function area(box) {
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  return w > 0 && h > 0 ? w * h : 0;
}

export function iou(a, b) {
  a = [Math.min(a[0], a[2]), Math.min(a[1], a[3]), Math.max(a[0], a[2]), Math.max(a[1], a[3])];
  b = [Math.min(b[0], b[2]), Math.min(b[1], b[3]), Math.max(b[0], b[2]), Math.max(b[1], b[3])];
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
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
