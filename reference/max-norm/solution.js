/**
 * Max-norm constraint: every column of W (the incoming weights of one unit) whose L2 norm is
 * above c is scaled down to norm c; the other columns are kept as they are.
 *
 * @param {number[][]} W - n_in×n_out weights
 * @param {number} c - the maximum norm, c > 0
 * @returns {number[][]} a new n_in×n_out matrix
 */
export function maxNormConstraint(W, c) {
  const nOut = W[0].length;
  const scale = [];
  for (let j = 0; j < nOut; j++) {
    let sumSq = 0;
    for (let i = 0; i < W.length; i++) sumSq += W[i][j] * W[i][j];
    const norm = Math.sqrt(sumSq);
    scale.push(norm > c ? c / norm : 1);
  }
  return W.map((row) => row.map((w, j) => w * scale[j]));
}
