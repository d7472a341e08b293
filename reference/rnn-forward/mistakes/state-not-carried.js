export const hint = {
  en: 'Every step of your rnnForward starts again from a0. The state must be carried: step t uses the activation of step t − 1, a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba).',
  zh: '你的 rnnForward 每一步都从 a0 重新开始。状态必须传递下去：第 t 步使用第 t − 1 步的激活值，a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba)。',
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
  const a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
  const logits = matVec(p.Wya, a).map((v, k) => v + p.by[k]);
  return { a, yHat: softmax(logits) };
}

export function rnnForward(xs, a0, p) {
  const as = [];
  const yHats = [];
  for (const x of xs) {
    const step = rnnCellForward(x, a0, p);
    as.push(step.a);
    yHats.push(step.yHat);
  }
  return { as, yHats };
}
