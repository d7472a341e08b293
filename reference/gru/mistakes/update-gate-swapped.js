export const hint = {
  en: "You swapped Γu and 1 − Γu: the update gate weights the new candidate, c = Γu ∗ c̃ + (1 − Γu) ∗ c_prev (Γu = 1 replaces the memory, Γu = 0 keeps it).",
  zh: "你把 Γu 和 1 − Γu 弄反了：更新门给新的候选值加权，c = Γu ∗ c̃ + (1 − Γu) ∗ c_prev（Γu = 1 时替换记忆，Γu = 0 时保留记忆）。",
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
  const gated = cPrev.map((c, i) => gammaR[i] * c);
  const cTilde = affine(p.Wc, p.bc, gated, x).map(Math.tanh);
  // Update gate: how much of the candidate replaces the old memory.
  const gammaU = affine(p.Wu, p.bu, cPrev, x).map(sigmoid);
  return cPrev.map((c, i) => (1 - gammaU[i]) * cTilde[i] + gammaU[i] * c);
}
