export const hint = {
  en: 'Every layer of your deep RNN reads xs. Only layer 0 reads the inputs; layer i reads the T activations of layer i − 1 as its sequence of inputs (its Wax has as many columns as layer i − 1 has units).',
  zh: '你的深层 RNN 每一层都读取 xs。只有第 0 层读取输入；第 i 层把第 i − 1 层的 T 个激活值当作输入序列（它的 Wax 的列数等于第 i − 1 层的单元数）。',
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

function runRnn(xs, p) {
  let a = p.ba.map(() => 0);
  const as = [];
  for (const x of xs) {
    const fromA = matVec(p.Waa, a);
    const fromX = matVec(p.Wax, x);
    a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
    as.push(a);
  }
  return as;
}

export function bidirectionalRnn(xs, pForward, pBackward, Wy, by) {
  const forward = runRnn(xs, pForward);
  const backward = runRnn([...xs].reverse(), pBackward).reverse();
  return xs.map((_, t) => {
    const both = [...forward[t], ...backward[t]];
    const logits = matVec(Wy, both).map((v, k) => v + by[k]);
    return softmax(logits);
  });
}

export function deepRnnForward(xs, layers) {
  let out = [];
  for (const layer of layers) out = runRnn(xs, layer);
  return out;
}
