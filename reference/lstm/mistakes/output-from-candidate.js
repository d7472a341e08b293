export const hint = {
  en: "Your activation uses the candidate c̃ instead of the new cell: a = Γo ∗ tanh(c) with c = Γu ∗ c̃ + Γf ∗ c_prev, the memory after the update.",
  zh: "你的激活值用了候选值 c̃ 而不是新的记忆细胞：a = Γo ∗ tanh(c)，其中 c = Γu ∗ c̃ + Γf ∗ c_prev 是更新后的记忆。",
};

/**
 * The logistic function of one number, never Infinity/Infinity: for z ≥ 0 the exponent −z is
 * ≤ 0, for z < 0 the exponent z is < 0, so Math.exp never overflows.
 */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** W·[a, x] + b for W of n_a rows and n_a + n_x columns: the state columns first, then the input columns. */
function affine(W, b, a, x) {
  const v = a.concat(x);
  return W.map((row, i) => row.reduce((sum, w, j) => sum + w * v[j], 0) + b[i]);
}

/**
 * One step of an LSTM (the standard cell: a = Γo ∗ tanh(c)).
 *
 * @param {number[]} x - input at this step, n_x
 * @param {number[]} aPrev - previous activation a<t−1>, n_a
 * @param {number[]} cPrev - previous memory cell c<t−1>, n_a
 * @param {{ Wf: number[][], bf: number[], Wu: number[][], bu: number[], Wc: number[][], bc: number[], Wo: number[][], bo: number[] }} p
 *   every W is n_a × (n_a + n_x)
 * @returns {{ a: number[], c: number[] }} the new activation and memory cell, n_a each
 */
export function lstmCellForward(x, aPrev, cPrev, p) {
  const cTilde = affine(p.Wc, p.bc, aPrev, x).map(Math.tanh);
  const gammaU = affine(p.Wu, p.bu, aPrev, x).map(sigmoid);
  const gammaF = affine(p.Wf, p.bf, aPrev, x).map(sigmoid);
  const gammaO = affine(p.Wo, p.bo, aPrev, x).map(sigmoid);
  const c = cTilde.map((ct, i) => gammaU[i] * ct + gammaF[i] * cPrev[i]);
  const a = cTilde.map((ct, i) => gammaO[i] * ct);
  return { a, c };
}
