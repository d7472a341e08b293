export const hint = {
  en: 'Every step of your decoder starts again from a0: only the fed-back word changes. Carry the activation: step t uses the a computed at step t − 1, a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba).',
  zh: '你的解码器每一步都从 a0 重新开始：只有反馈的词在变化。要传递激活值：第 t 步使用第 t − 1 步算出的 a，a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba)。',
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
  let x = oneHot(startIndex, vocabSize);
  for (let s = 0; s < steps; s++) {
    const step = rnnCellForward(x, a0, p);
    const next = argmax(step.yHat);
    chosen.push(next);
    x = oneHot(next, vocabSize);
  }
  return chosen;
}
