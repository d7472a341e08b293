/**
 * A bidirectional RNN: a forward tanh RNN reads xs from the first step to the last, a backward one
 * from the last step to the first; both start from a zero state.
 *
 * @param {number[][]} xs - T×n_x, one row per time step
 * @param {{ Waa: number[][], Wax: number[][], ba: number[] }} pForward - Waa n_a→×n_a→, Wax n_a→×n_x, ba n_a→
 * @param {{ Waa: number[][], Wax: number[][], ba: number[] }} pBackward - Waa n_a←×n_a←, Wax n_a←×n_x, ba n_a←
 * @param {number[][]} Wy - n_y×(n_a→ + n_a←): the forward state's columns first, then the backward state's
 * @param {number[]} by - n_y
 * @returns {number[][]} T×n_y: row t is softmax(Wy·[a→<t>, a←<t>] + by)
 */
export function bidirectionalRnn(xs, pForward, pBackward, Wy, by) {
  throw new Error('not implemented');
}

/**
 * A deep (stacked) tanh RNN: layer 0 reads xs, layer i reads the activations of layer i − 1;
 * every layer starts from a zero state.
 *
 * @param {number[][]} xs - T×n_x
 * @param {{ Waa: number[][], Wax: number[][], ba: number[] }[]} layers - layer i: Waa n_i×n_i, Wax n_i×n_(i−1) (n_(−1) = n_x), ba n_i
 * @returns {number[][]} T×n_L: the activations of the last layer
 */
export function deepRnnForward(xs, layers) {
  throw new Error('not implemented');
}
