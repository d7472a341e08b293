export const hint = {
  en: 'You feed the probability vector ŷ back as the next input. Greedy decoding feeds the one-hot vector of the chosen word: x⟨t+1⟩ has a 1 at argmax ŷ⟨t⟩ and 0 elsewhere.',
  zh: '你把概率向量 ŷ 作为下一步的输入。贪心解码应输入所选词的 one-hot 向量：x⟨t+1⟩ 在 argmax ŷ⟨t⟩ 处为 1，其余为 0。',
};

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

export function greedyDecode(p, a0, startIndex, steps) {
  const vocabSize = p.by.length;
  const chosen = [];
  let a = a0;
  let x = oneHot(startIndex, vocabSize);
  for (let s = 0; s < steps; s++) {
    const step = rnnCellForward(x, a, p);
    a = step.a;
    chosen.push(argmax(step.yHat));
    x = step.yHat;
  }
  return chosen;
}
