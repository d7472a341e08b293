/**
 * One step of a basic RNN (column form).
 *
 * @param {number[]} x - input at this step, n_x
 * @param {number[]} aPrev - previous activation, n_a
 * @param {{ Waa: number[][], Wax: number[][], Wya: number[][], ba: number[], by: number[] }} p - Waa n_a×n_a, Wax n_a×n_x, Wya n_y×n_a, ba n_a, by n_y
 * @returns {{ a: number[], yHat: number[] }} a = tanh(Waa·aPrev + Wax·x + ba), yHat = softmax(Wya·a + by)
 */
export function rnnCellForward(x, aPrev, p) {
  throw new Error('not implemented');
}

/**
 * A basic RNN over a whole sequence.
 *
 * @param {number[][]} xs - T×n_x, one row per time step
 * @param {number[]} a0 - initial activation, n_a
 * @param {{ Waa: number[][], Wax: number[][], Wya: number[][], ba: number[], by: number[] }} p
 * @returns {{ as: number[][], yHats: number[][] }} the T activations and T predictions (a0 not included)
 */
export function rnnForward(xs, a0, p) {
  throw new Error('not implemented');
}
