export const hint = {
  en: 'You concatenate the states in the wrong order, [a←<t>, a→<t>]. The first n_a→ columns of Wy multiply the forward state: ŷ<t> = softmax(Wy·[a→<t>, a←<t>] + by).',
  zh: '你拼接状态的顺序反了，成了 [a←<t>, a→<t>]。Wy 的前 n_a→ 列乘以正向状态：ŷ<t> = softmax(Wy·[a→<t>, a←<t>] + by)。',
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
    const both = [...backward[t], ...forward[t]];
    const logits = matVec(Wy, both).map((v, k) => v + by[k]);
    return softmax(logits);
  });
}

export function deepRnnForward(xs, layers) {
  let inputs = xs;
  for (const layer of layers) inputs = runRnn(inputs, layer);
  return inputs;
}

