export const hint = {
  en: 'You run the greedy loop over the boxes in their input order instead of sorting them by score first, so a weaker box can suppress a stronger one. Sort the candidates by descending score (ties by lower index), then keep each one that overlaps no kept box by more than the threshold.',
  zh: '你按输入顺序遍历框，而没有先按分数排序，于是分数低的框可能抑制分数高的框。先把候选框按分数从高到低排序（分数相同按下标从小到大），再依次保留与已保留框的 IoU 都不超过阈值的框。',
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

  const kept = [];
  for (const i of order) {
    if (kept.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);
  }
  return kept;
}
