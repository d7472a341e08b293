export const hint = {
  en: 'You suppress a box whose IoU equals iouThreshold. Only an IoU strictly greater than the threshold suppresses (as in torchvision.ops.nms): keep the box when IoU ≤ iouThreshold.',
  zh: '你在 IoU 恰好等于 iouThreshold 时也抑制了框。只有 IoU 严格大于阈值才抑制（与 torchvision.ops.nms 相同）：IoU ≤ iouThreshold 时保留。',
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
  for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) order.push(i);
  order.sort((i, j) => scores[j] - scores[i]);

  const kept = [];
  for (const i of order) {
    if (kept.every((k) => iou(boxes[k], boxes[i]) < iouThreshold)) kept.push(i);
  }
  return kept;
}
