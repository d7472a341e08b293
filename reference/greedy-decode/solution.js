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

/** One RNN step: a = tanh(Waa·aPrev + Wax·x + ba), yHat = softmax(Wya·a + by). */
function rnnCellForward(x, aPrev, p) {
  const fromA = matVec(p.Waa, aPrev);
  const fromX = matVec(p.Wax, x);
  const a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
  const logits = matVec(p.Wya, a).map((v, k) => v + p.by[k]);
  return { a, yHat: softmax(logits) };
}

/** Index of the largest entry; on a tie the lower index wins (strict >). */
function argmax(v) {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
  return best;
}

function oneHot(i, n) {
  const x = new Array(n).fill(0);
  x[i] = 1;
  return x;
}

/**
 * Greedy decoding with a basic RNN: start from a one-hot start token, and at every step feed back
 * the one-hot vector of the most probable output.
 *
 * @param {{ Waa: number[][], Wax: number[][], Wya: number[][], ba: number[], by: number[] }} p - n_x = n_y (the vocabulary size)
 * @param {number[]} a0 - initial activation, n_a
 * @param {number} startIndex - index of the start token
 * @param {number} steps - how many tokens to generate
 * @returns {number[]} the `steps` chosen indices (the start token not included)
 */
export function greedyDecode(p, a0, startIndex, steps) {
  const vocabSize = p.by.length;
  const chosen = [];
  let a = a0;
  let x = oneHot(startIndex, vocabSize);
  for (let s = 0; s < steps; s++) {
    const step = rnnCellForward(x, a, p);
    a = step.a;
    const next = argmax(step.yHat);
    chosen.push(next);
    x = oneHot(next, vocabSize);
  }
  return chosen;
}
