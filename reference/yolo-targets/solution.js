// YOLO training targets: every box goes to the grid cell that holds its centre and to the anchor
// whose shape fits it best; decoding reads the boxes back from the S×S×A×(5+K) grid.

/**
 * @param {number} h - box height (image-relative)
 * @param {number} w - box width
 * @param {number[][]} anchors - A×2, rows [h, w]
 * @returns {number} the index of the anchor with the largest centred IoU (the lowest index on a tie)
 */
export function bestAnchor(h, w, anchors) {
  let best = 0;
  let bestIou = -Infinity;
  anchors.forEach(([ha, wa], a) => {
    const inter = Math.min(h, ha) * Math.min(w, wa);
    const iou = inter / (h * w + ha * wa - inter);
    if (iou > bestIou) {
      bestIou = iou;
      best = a;
    }
  });
  return best;
}

/**
 * @param {{ bx: number, by: number, bh: number, bw: number, cls: number }[]} boxes - image-relative
 * @param {number} S - grid size
 * @param {number[][]} anchors - A×2, rows [h, w]
 * @param {number} numClasses - K
 * @returns {number[][][][]} S×S×A×(5+K): y[i][j][a] = [p_c, b_x, b_y, b_h, b_w, c_1..c_K]
 */
export function encodeYolo(boxes, S, anchors, numClasses) {
  const y = Array.from({ length: S }, () => Array.from({ length: S }, () => anchors.map(() => new Array(5 + numClasses).fill(0))));
  for (const { bx, by, bh, bw, cls } of boxes) {
    if (!(bx >= 0 && bx <= 1 && by >= 0 && by <= 1)) throw new Error(`box centre (${bx}, ${by}) is out of bounds: both must be in [0, 1]`);
    const i = Math.min(Math.floor(by * S), S - 1);
    const j = Math.min(Math.floor(bx * S), S - 1);
    const v = y[i][j][bestAnchor(bh, bw, anchors)];
    if (v[0] === 1) continue; // the slot is taken: this box is dropped
    v[0] = 1;
    v[1] = bx * S - j;
    v[2] = by * S - i;
    v[3] = bh;
    v[4] = bw;
    v[5 + cls] = 1;
  }
  return y;
}

/**
 * @param {number[][][][]} y - S×S×A×(5+K)
 * @param {number} threshold - keep vectors with p_c ≥ threshold
 * @returns {{ bx: number, by: number, bh: number, bw: number, cls: number, score: number }[]} in the order i, j, a
 */
export function decodeYolo(y, threshold) {
  const S = y.length;
  const out = [];
  for (let i = 0; i < S; i++) {
    for (let j = 0; j < S; j++) {
      for (const v of y[i][j]) {
        if (v[0] < threshold) continue;
        let cls = 0;
        for (let k = 1; k < v.length - 5; k++) if (v[5 + k] > v[5 + cls]) cls = k;
        out.push({ bx: (j + v[1]) / S, by: (i + v[2]) / S, bh: v[3], bw: v[4], cls, score: v[0] });
      }
    }
  }
  return out;
}
