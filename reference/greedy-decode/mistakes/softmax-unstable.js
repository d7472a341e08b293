export const hint = {
  en: 'Your softmax exponentiates the logits directly: with logits near 1000, Math.exp gives Infinity, the probabilities become NaN and the argmax is meaningless. Subtract the largest logit before exponentiating (softmax(z) = softmax(z − max z)), or take the argmax of the logits themselves.',
  zh: '你的 softmax 直接对 logits 取指数：logits 接近 1000 时 Math.exp 得到 Infinity，概率变成 NaN，argmax 也就没有意义了。取指数前先减去最大的 logit（softmax(z) = softmax(z − max z)），或者直接对 logits 取 argmax。',
};

/** M·v for a matrix M (rows) and a vector v. */
function matVec(M, v) {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
}

/** Softmax of a vector. */
function softmax(z) {
  const e = z.map((v) => Math.exp(v));
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
    const next = argmax(step.yHat);
    chosen.push(next);
    x = oneHot(next, vocabSize);
  }
  return chosen;
}
