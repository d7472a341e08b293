/**
 * Intersection over union of two boxes.
 *
 * @param {number[]} a - box [x1, y1, x2, y2] (top-left, bottom-right); x2 ≤ x1 or y2 ≤ y1 means area 0
 * @param {number[]} b - box [x1, y1, x2, y2]
 * @returns {number} area(a ∩ b) / area(a ∪ b) in [0, 1]; 0 when the intersection or the union is empty
 */
export function iou(a, b) {
  throw new Error('not implemented');
}

/**
 * Greedy non-max suppression.
 *
 * @param {number[][]} boxes - N boxes [x1, y1, x2, y2]
 * @param {number[]} scores - N scores, scores[i] for boxes[i]
 * @param {number} iouThreshold - a box whose IoU with a kept box is strictly greater is suppressed
 * @param {number} scoreThreshold - boxes scoring below it are dropped first (a score equal to it is kept)
 * @returns {number[]} indices of the kept boxes, in descending score order, ties by lower index
 */
export function nonMaxSuppression(boxes, scores, iouThreshold, scoreThreshold) {
  throw new Error('not implemented');
}
