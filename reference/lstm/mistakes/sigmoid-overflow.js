export const hint = {
  en: "Your sigmoid computes e^z / (1 + e^z): for z = 1000, e^z = Infinity and Infinity/Infinity = NaN. Use 1 / (1 + e^−z) for z ≥ 0 (and e^z / (1 + e^z) only for z < 0).",
  zh: "你的 sigmoid 计算 e^z / (1 + e^z)：z = 1000 时 e^z = Infinity，Infinity/Infinity = NaN。z ≥ 0 时用 1 / (1 + e^−z)（只在 z < 0 时用 e^z / (1 + e^z)）。",
};

/**
 * The logistic function of one number, never Infinity/Infinity: for z ≥ 0 the exponent −z is
 * ≤ 0, for z < 0 the exponent z is < 0, so Math.exp never overflows.
 */
function sigmoid(z) {
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
  const a = c.map((ci, i) => gammaO[i] * Math.tanh(ci));
  return { a, c };
}
