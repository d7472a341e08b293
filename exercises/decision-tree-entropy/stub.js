/**
 * Binary entropy of a set of labels, in bits.
 *
 * @param {number[]} labels - labels, each 0 or 1 (may be empty)
 * @returns {number} H = −p1 log2 p1 − p0 log2 p0, with 0·log 0 = 0; 0 for an empty set
 */
export function entropy(labels) {
  throw new Error('not implemented');
}

/**
 * Information gain of a split of the node made of the examples leftIdx ∪ rightIdx.
 *
 * @param {number[]} labels - all the labels, each 0 or 1
 * @param {number[]} leftIdx - indices into labels of the examples sent to the left branch
 * @param {number[]} rightIdx - indices of the examples sent to the right branch (disjoint from leftIdx)
 * @returns {number} H(parent) − (w_left·H(left) + w_right·H(right))
 */
export function informationGain(labels, leftIdx, rightIdx) {
  throw new Error('not implemented');
}
