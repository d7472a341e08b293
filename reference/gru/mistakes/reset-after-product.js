export const hint = {
  en: "You multiply Γr after the matrix product, tanh(Γr ∗ (Wc[c, x]) + bc). The relevance gate scales only the old memory inside the concatenation: c̃ = tanh(Wc[Γr ∗ c_prev, x] + bc).",
  zh: "你在矩阵乘积之后才乘 Γr：tanh(Γr ∗ (Wc[c, x]) + bc)。相关门只缩放拼接中的旧记忆：c̃ = tanh(Wc[Γr ∗ c_prev, x] + bc)。",
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

/** W·[s, x] + b for W of n rows and n_s + n_x columns: the state columns first, then the input columns. */
function affine(W, b, s, x) {
  const v = s.concat(x);
  return W.map((row, i) => row.reduce((sum, w, j) => sum + w * v[j], 0) + b[i]);
}

/**
 * One step of a GRU (the notes' notation, memory cell c = activation a).
 *
 * @param {number[]} x - input at this step, n_x
 * @param {number[]} cPrev - previous memory cell c<t−1>, n_c
 * @param {{ Wc: number[][], bc: number[], Wu: number[][], bu: number[], Wr?: number[][] | null, br?: number[] | null }} p
 *   every W is n_c × (n_c + n_x); without Wr (absent or null) the simplified GRU
 * @returns {number[]} the new memory cell c<t>, n_c
 */
export function gruCellForward(x, cPrev, p) {
  // Relevance gate: how much of the old memory feeds the candidate (simplified GRU: all of it).
  const hasReset = p.Wr !== undefined && p.Wr !== null;
  const gammaR = hasReset ? affine(p.Wr, p.br, cPrev, x).map(sigmoid) : cPrev.map(() => 1);
  const zero = p.bc.map(() => 0);
  const cTilde = affine(p.Wc, zero, cPrev, x).map((v, i) => Math.tanh(gammaR[i] * v + p.bc[i]));
  // Update gate: how much of the candidate replaces the old memory.
  const gammaU = affine(p.Wu, p.bu, cPrev, x).map(sigmoid);
  return cPrev.map((c, i) => gammaU[i] * cTilde[i] + (1 - gammaU[i]) * c);
}
