export const hint = {
  en: 'Your softmax exponentiates the logits directly, so e^1000 overflows to Infinity and you get NaN. Subtract the largest logit before exponentiating: softmax(z) = softmax(z − max z).',
  zh: '你的 softmax 直接对 logits 取指数，e^1000 溢出为 Infinity，结果是 NaN。取指数前先减去最大的 logit：softmax(z) = softmax(z − max z)。',
};

function matVec(M, v) {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
}

function softmax(z) {
  const e = z.map((v) => Math.exp(v));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

export function rnnCellForward(x, aPrev, p) {
  const fromA = matVec(p.Waa, aPrev);
  const fromX = matVec(p.Wax, x);
  const a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
  const logits = matVec(p.Wya, a).map((v, k) => v + p.by[k]);
  return { a, yHat: softmax(logits) };
}

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

