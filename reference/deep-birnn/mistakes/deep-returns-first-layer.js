export const hint = {
  en: 'You return the activations of the first layer. Feed each layer’s activations to the next one and return those of the last layer (T rows of its n_a units).',
  zh: '你返回的是第一层的激活值。把每一层的激活值传给下一层，返回最后一层的激活值（T 行，每行为该层的 n_a 个单元）。',
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
  const outputs = [];
  let inputs = xs;
  for (const layer of layers) {
    inputs = runRnn(inputs, layer);
    outputs.push(inputs);
  }
  return outputs[0];
}
