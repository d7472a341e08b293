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
  let inputs = xs;
  for (const layer of layers) inputs = runRnn(inputs, layer);
  return inputs;
}

