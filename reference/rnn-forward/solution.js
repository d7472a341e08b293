/** M·v for a matrix M (rows) and a vector v. */
function matVec(M, v) {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
}

/** Softmax of a vector, shifted by its maximum so that exp never overflows. */
function softmax(z) {
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/**
 * One step of a basic RNN (column form).
 *
 * @param {number[]} x - input at this step, n_x
 * @param {number[]} aPrev - previous activation, n_a
 * @param {{ Waa: number[][], Wax: number[][], Wya: number[][], ba: number[], by: number[] }} p
 * @returns {{ a: number[], yHat: number[] }} a = tanh(Waa·aPrev + Wax·x + ba), yHat = softmax(Wya·a + by)
 */
export function rnnCellForward(x, aPrev, p) {
  const fromA = matVec(p.Waa, aPrev);
  const fromX = matVec(p.Wax, x);
  const a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
  const logits = matVec(p.Wya, a).map((v, k) => v + p.by[k]);
  return { a, yHat: softmax(logits) };
}

/**
 * A basic RNN over a whole sequence.
 *
 * @param {number[][]} xs - T×n_x, one row per time step
 * @param {number[]} a0 - initial activation, n_a
 * @param {{ Waa: number[][], Wax: number[][], Wya: number[][], ba: number[], by: number[] }} p
 * @returns {{ as: number[][], yHats: number[][] }} T rows each (a0 not included)
 */
export function rnnForward(xs, a0, p) {
  const as = [];
  const yHats = [];
  let a = a0;
  for (const x of xs) {
    const step = rnnCellForward(x, a, p);
    a = step.a;
    as.push(step.a);
    yHats.push(step.yHat);
  }
  return { as, yHats };
}
