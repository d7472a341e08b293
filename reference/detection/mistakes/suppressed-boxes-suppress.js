export const hint = {
  en: 'A box that was already suppressed still suppresses the boxes after it. Only kept boxes suppress: compare each candidate with the boxes kept so far, not with every higher-scoring box.',
  zh: '已经被抑制的框仍在抑制它后面的框。只有被保留的框才能抑制别的框：把每个候选框与目前已保留的框比较，而不是与所有分数更高的框比较。',
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
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    const better = order.slice(0, r);
    if (better.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);
  }
  return kept;
}
