// PyTorch's losses with reduction 'mean' (torch.nn.L1Loss, MSELoss, NLLLoss, CrossEntropyLoss, BCELoss).

/** All the numbers of a vector or a matrix, in row-major order. */
function flat(a) {
  return Array.isArray(a) ? a.flatMap(flat) : [a];
}

/**
 * @param {number[] | number[][]} x - predictions
 * @param {number[] | number[][]} y - targets, same shape as x
 * @returns {number} mean of |x − y| over all elements
 */
export function l1Loss(x, y) {
  const a = flat(x);
  const b = flat(y);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}

/**
 * @param {number[] | number[][]} x - predictions
 * @param {number[] | number[][]} y - targets, same shape as x
 * @returns {number} mean of (x − y)² over all elements (no ½)
 */
export function mseLoss(x, y) {
  const a = flat(x);
  const b = flat(y);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return sum / a.length;
}

/**
 * @param {number[][]} logProbs - m×C log-probabilities
 * @param {number[]} target - m class indices
 * @param {number[]} [weight] - C class weights (all 1 when absent)
 * @returns {number} Σ w[y_i]·(−logProbs[i][y_i]) / Σ w[y_i]
 */
export function nllLoss(logProbs, target, weight) {
  let num = 0;
  let den = 0;
  for (let i = 0; i < target.length; i++) {
    const c = target[i];
    const w = weight ? weight[c] : 1;
    num += -w * logProbs[i][c];
    den += w;
  }
  return num / den;
}

/** log softmax of one row, shifted by its maximum so that nothing overflows. */
function logSoftmax(row) {
  const max = Math.max(...row);
  let sum = 0;
  for (const z of row) sum += Math.exp(z - max);
  const logSumExp = max + Math.log(sum);
  return row.map((z) => z - logSumExp);
}

/**
 * @param {number[][]} logits - m×C raw scores
 * @param {number[]} target - m class indices
 * @param {number[]} [weight] - C class weights
 * @returns {number} nllLoss(log_softmax(logits), target, weight)
 */
export function crossEntropyLoss(logits, target, weight) {
  return nllLoss(logits.map(logSoftmax), target, weight);
}

/**
 * @param {number[]} p - m probabilities in [0, 1]
 * @param {number[]} t - m targets in [0, 1]
 * @param {number[]} [weight] - m per-element weights (all 1 when absent)
 * @returns {number} mean of −w_i (t_i log p_i + (1 − t_i) log(1 − p_i)), each log clamped at −100
 */
export function bceLoss(p, t, weight) {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const logP = Math.max(Math.log(p[i]), -100);
    const log1mP = Math.max(Math.log1p(-p[i]), -100);
    const w = weight ? weight[i] : 1;
    sum += -w * (t[i] * logP + (1 - t[i]) * log1mP);
  }
  return sum / p.length;
}
