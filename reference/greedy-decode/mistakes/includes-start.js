export const hint = {
  en: 'Your result starts with the start token. Return only the `steps` generated indices: the start token is the input of the first step, not one of the outputs.',
  zh: '你的结果以起始词开头。只返回生成的 `steps` 个下标：起始词是第一步的输入，不是输出。',
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
  const chosen = [startIndex];
  let a = a0;
  for (let s = 0; s < steps; s++) {
    const step = rnnCellForward(oneHot(chosen[chosen.length - 1], vocabSize), a, p);
    a = step.a;
    chosen.push(argmax(step.yHat));
  }
  return chosen;
}
