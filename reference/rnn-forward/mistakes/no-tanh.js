export const hint = {
  en: 'Your activation leaves out the tanh: a = tanh(Waa·aPrev + Wax·x + ba), not the linear combination itself.',
  zh: '你的激活值漏掉了 tanh：a = tanh(Waa·aPrev + Wax·x + ba)，而不是线性组合本身。',
};

function matVec(M, v) {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
}

function softmax(z) {
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

export function rnnCellForward(x, aPrev, p) {
  const fromA = matVec(p.Waa, aPrev);
  const fromX = matVec(p.Wax, x);
  const a = fromA.map((v, i) => v + fromX[i] + p.ba[i]);
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

