/**
 * The anchor whose shape overlaps (h, w) most when both share a centre.
 *
 * @param {number} h - box height (image-relative)
 * @param {number} w - box width
 * @param {number[][]} anchors - A×2, rows [h, w]
 * @returns {number} the anchor index (the lowest on a tie)
 */
export function bestAnchor(h, w, anchors) {
  throw new Error('not implemented');
}

/**
 * YOLO training target: each box in the cell of its centre and the anchor that fits it best.
 *
 * @param {{ bx: number, by: number, bh: number, bw: number, cls: number }[]} boxes - image-relative; centres in [0, 1] (else throws, `bounds`)
 * @param {number} S - grid size
 * @param {number[][]} anchors - A×2, rows [h, w]
 * @param {number} numClasses - K
 * @returns {number[][][][]} S×S×A×(5+K): y[i][j][a] = [p_c, b_x, b_y, b_h, b_w, c_1..c_K]
 */
export function encodeYolo(boxes, S, anchors, numClasses) {
  throw new Error('not implemented');
}

/**
 * The boxes of a YOLO grid whose score reaches the threshold, in the order i, j, a.
 *
 * @param {number[][][][]} y - S×S×A×(5+K)
 * @param {number} threshold - keep v with v[0] ≥ threshold
 * @returns {{ bx: number, by: number, bh: number, bw: number, cls: number, score: number }[]}
 */
export function decodeYolo(y, threshold) {
  throw new Error('not implemented');
}
