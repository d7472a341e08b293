/**
 * One step of an LSTM (the standard cell: a = Γo ∗ tanh(c)).
 * Every W has n_a rows and n_a + n_x columns: the n_a columns for aPrev first, then the n_x input columns.
 *
 * @param {number[]} x - input at this step, n_x
 * @param {number[]} aPrev - previous activation a<t−1>, n_a
 * @param {number[]} cPrev - previous memory cell c<t−1>, n_a
 * @param {{ Wf: number[][], bf: number[], Wu: number[][], bu: number[], Wc: number[][], bc: number[], Wo: number[][], bo: number[] }} p - forget, update, candidate and output parameters
 * @returns {{ a: number[], c: number[] }} the new activation a<t> and memory cell c<t>, n_a numbers each
 */
export function lstmCellForward(x, aPrev, cPrev, p) {
  throw new Error('not implemented');
}
