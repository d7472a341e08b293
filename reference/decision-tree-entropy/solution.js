/**
 * Binary entropy of a set of 0/1 labels, in bits.
 *
 * @param {number[]} labels - labels, each 0 or 1 (may be empty)
 * @returns {number} H = −p1 log2 p1 − p0 log2 p0, with 0·log 0 = 0; 0 for an empty set
 */
export function entropy(labels) {
  if (labels.length === 0) return 0;
  const p1 = labels.filter((y) => y === 1).length / labels.length;
  let h = 0;
  for (const p of [p1, 1 - p1]) {
    if (p > 0) h -= p * Math.log2(p);
  }
  return h;
}

/**
 * Information gain of splitting the examples leftIdx ∪ rightIdx into the two branches.
 *
 * @param {number[]} labels - all labels, each 0 or 1
 * @param {number[]} leftIdx - indices (into labels) of the examples sent left
 * @param {number[]} rightIdx - indices of the examples sent right (disjoint from leftIdx)
 * @returns {number} H(parent) − (w_left H(left) + w_right H(right))
 */
export function informationGain(labels, leftIdx, rightIdx) {
  const left = leftIdx.map((i) => labels[i]);
  const right = rightIdx.map((i) => labels[i]);
  const parent = [...left, ...right];
  const wLeft = left.length / parent.length;
  const wRight = right.length / parent.length;
  return entropy(parent) - (wLeft * entropy(left) + wRight * entropy(right));
}
