export const hint = {
  en: "You concatenate the input first: [x, c]. The notes write W[c, x]: the first n_c columns of every W multiply the (gated) memory cell, the last n_x columns multiply x.",
  zh: "你把输入放在了前面：[x, c]。笔记中写作 W[c, x]：每个 W 的前 n_c 列乘以（经过门控的）记忆细胞，后 n_x 列乘以 x。",
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

/** W·[x, s] + b: the input first (wrong order). */
function affine(W, b, s, x) {
  const v = x.concat(s);
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
  return cPrev.map((c, i) => gammaU[i] * cTilde[i] + (1 - gammaU[i]) * c);
}
