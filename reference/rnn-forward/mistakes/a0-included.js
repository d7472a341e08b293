export const hint = {
  en: 'Your `as` starts with a0, so it has T + 1 rows. Return only the T activations computed from the inputs: a<1>, …, a<T> (a0 is an input, not an output).',
  zh: '你的 `as` 以 a0 开头，共有 T + 1 行。只返回由输入算出的 T 个激活值 a<1>, …, a<T>（a0 是输入，不是输出）。',
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
  const as = [a0];
  const yHats = [];
  for (const x of xs) {
    const step = rnnCellForward(x, as[as.length - 1], p);
    as.push(step.a);
    yHats.push(step.yHat);
  }
  return { as, yHats };
}
