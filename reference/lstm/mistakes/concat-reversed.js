export const hint = {
  en: "You concatenate the input first: [x, a]. The notes write W[a, x]: the first n_a columns of every W multiply a_prev, the last n_x columns multiply x.",
  zh: "你把输入放在了前面：[x, a]。笔记中写作 W[a, x]：每个 W 的前 n_a 列乘以 a_prev，后 n_x 列乘以 x。",
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

/** W·[x, a] + b: the input first (wrong order). */
function affine(W, b, a, x) {
  const v = x.concat(a);
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
