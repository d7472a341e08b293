export const hint = {
  en: 'Your rnnForward normalizes the softmax over the time steps (down each column of the T×n_y logits) instead of over the classes. ŷ<t> = softmax(Wya·a<t> + by) is a distribution over the n_y classes of step t: each row of yHats must sum to 1.',
  zh: '你的 rnnForward 在时间步上做 softmax（沿 T×n_y logits 的每一列归一化），而不是在类别上。ŷ<t> = softmax(Wya·a<t> + by) 是第 t 步 n_y 个类别上的分布：yHats 的每一行之和都应为 1。',
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

// Vectorised: all activations first, then the T×n_y logits, then a softmax over axis 0 (time),
// as if the rows were the classes.
export function rnnForward(xs, a0, p) {
  const as = [];
  let a = a0;
  for (const x of xs) {
    const fromA = matVec(p.Waa, a);
    const fromX = matVec(p.Wax, x);
    a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
    as.push(a);
  }
  const Z = as.map((at) => matVec(p.Wya, at).map((v, k) => v + p.by[k]));
  const T = Z.length;
  const ny = p.by.length;
  const yHats = Z.map(() => new Array(ny).fill(0));
  for (let k = 0; k < ny; k++) {
    const column = Z.map((row) => row[k]);
    const probs = softmax(column);
    for (let t = 0; t < T; t++) yHats[t][k] = probs[t];
  }
  return { as, yHats };
}
