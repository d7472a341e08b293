export const hint = {
  en: 'On equal scores you take the box with the higher index first (picking the maximum with ≥ keeps the last one). Ties go to the lower index: pick the first best box, or sort with a stable sort on descending score.',
  zh: '分数相同时你先取了下标较大的框（用 ≥ 找最大值会留下最后一个）。分数相同应先取下标较小的：取第一个最高分的框，或者按分数降序做稳定排序。',
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
  let remaining = [];
  for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) remaining.push(i);
  const kept = [];
  while (remaining.length > 0) {
    // The best remaining box: `>=` lets a later box with an equal score win.
    let best = remaining[0];
    for (const i of remaining) if (scores[i] >= scores[best]) best = i;
    kept.push(best);
    remaining = remaining.filter((i) => i !== best && iou(boxes[best], boxes[i]) <= iouThreshold);
  }
  return kept;
}
