/**
 * PyTorch L1Loss, reduction 'mean'.
 *
 * @param {number[] | number[][]} x - predictions (a vector or a matrix)
 * @param {number[] | number[][]} y - targets, same shape as x
 * @returns {number} the mean of |x − y| over all elements
 */
export function l1Loss(x, y) {
  throw new Error('not implemented');
}

/**
 * PyTorch MSELoss, reduction 'mean'.
 *
 * @param {number[] | number[][]} x - predictions (a vector or a matrix)
 * @param {number[] | number[][]} y - targets, same shape as x
 * @returns {number} the mean of (x − y)² over all elements
 */
export function mseLoss(x, y) {
  throw new Error('not implemented');
}

/**
 * PyTorch NLLLoss, reduction 'mean'.
 *
 * @param {number[][]} logProbs - m×C log-probabilities, one row per example
 * @param {number[]} target - m class indices in 0..C−1
 * @param {number[]} [weight] - C class weights (every weight 1 when omitted)
 * @returns {number} Σ w[y_i]·(−logProbs[i][y_i]) / Σ w[y_i]
 */
export function nllLoss(logProbs, target, weight) {
  throw new Error('not implemented');
}

/**
 * PyTorch CrossEntropyLoss, reduction 'mean': log-softmax of each row, then nllLoss.
 *
 * @param {number[][]} logits - m×C raw scores, one row per example
 * @param {number[]} target - m class indices in 0..C−1
 * @param {number[]} [weight] - C class weights (every weight 1 when omitted)
 * @returns {number} nllLoss(logSoftmax(logits), target, weight)
 */
export function crossEntropyLoss(logits, target, weight) {
  throw new Error('not implemented');
}

/**
 * PyTorch BCELoss, reduction 'mean'.
 *
 * @param {number[]} p - m probabilities in [0, 1]
 * @param {number[]} t - m targets in [0, 1]
 * @param {number[]} [weight] - m per-element weights (every weight 1 when omitted)
 * @returns {number} the mean of −w_i·(t_i·log p_i + (1 − t_i)·log(1 − p_i)), each log clamped at −100
 */
export function bceLoss(p, t, weight) {
  throw new Error('not implemented');
}
