// Intersection over union of two boxes, and greedy non-max suppression.

/** Area of a box [x1, y1, x2, y2]; 0 when x2 ≤ x1 or y2 ≤ y1 (corners are not reordered). */
function area(box) {
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * @param {number[]} a - box [x1, y1, x2, y2]
 * @param {number[]} b - box [x1, y1, x2, y2]
 * @returns {number} area(a ∩ b) / area(a ∪ b), in [0, 1]; 0 when either is empty
 */
export function iou(a, b) {
  // The overlap along each axis, clamped at 0: boxes apart along either axis do not intersect.
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = w * h;
  const union = area(a) + area(b) - inter;
  if (inter <= 0 || union <= 0) return 0;
  return inter / union;
}

/**
 * @param {number[][]} boxes - N boxes [x1, y1, x2, y2]
 * @param {number[]} scores - N scores
 * @param {number} iouThreshold - a box whose IoU with a kept box is strictly greater is suppressed
 * @param {number} scoreThreshold - boxes scoring below it are dropped first (equal is kept)
 * @returns {number[]} indices of the kept boxes, highest score first, ties by lower index
 */
export function nonMaxSuppression(boxes, scores, iouThreshold, scoreThreshold) {
  // Candidates: indices of boxes scoring at least the threshold, best first.
  // Array.prototype.sort is stable, so equal scores stay in index order.
  const order = [];
  for (let i = 0; i < boxes.length; i++) if (scores[i] >= scoreThreshold) order.push(i);
  order.sort((i, j) => scores[j] - scores[i]);

  const kept = [];
  for (const i of order) {
    // Greedy: a candidate survives if no box kept so far (all of them score at least as high)
    // overlaps it by more than the threshold.
    if (kept.every((k) => iou(boxes[k], boxes[i]) <= iouThreshold)) kept.push(i);
  }
  return kept;
}
