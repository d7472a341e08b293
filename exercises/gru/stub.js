/**
 * One step of a GRU in the notes' notation (the memory cell c is also the activation a).
 * Every W has n_c rows and n_c + n_x columns: the n_c memory columns first, then the n_x input columns.
 * Without p.Wr (absent or null) it is the simplified GRU: no relevance gate Γr.
 *
 * @param {number[]} x - input at this step, n_x
 * @param {number[]} cPrev - previous memory cell c<t−1>, n_c
 * @param {{ Wc: number[][], bc: number[], Wu: number[][], bu: number[], Wr?: number[][] | null, br?: number[] | null }} p - the parameters
 * @returns {number[]} the new memory cell c<t> = Γu ∗ c̃ + (1 − Γu) ∗ c<t−1>, n_c numbers
 */
export function gruCellForward(x, cPrev, p) {
  throw new Error('not implemented');
}
