export const hint = {
  en: 'On a tie your argmax picks the higher index. Ties go to the lower index: replace a candidate only when it is strictly larger (>, not >=), as Math.max with indexOf or numpy’s argmax do.',
  zh: '出现并列时你的 argmax 选了较大的下标。并列时应取较小的下标：只有严格更大（用 >，不是 >=）时才替换，和 indexOf(Math.max(...)) 或 numpy 的 argmax 一样。',
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
    let next = 0;
    for (let i = 1; i < step.yHat.length; i++) if (step.yHat[i] >= step.yHat[next]) next = i;
    chosen.push(next);
    x = oneHot(next, vocabSize);
  }
  return chosen;
}
