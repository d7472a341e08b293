/**
 * Max-norm constraint on the incoming weights of every unit.
 *
 * @param {number[][]} W - n_in×n_out weights; column j holds the incoming weights of unit j
 * @param {number} c - the maximum L2 norm of a column, c > 0
 * @returns {number[][]} a new n_in×n_out matrix: columns with norm above c scaled down to norm c,
 *   the other columns unchanged
 */
export function maxNormConstraint(W, c) {
  throw new Error('not implemented');
}
