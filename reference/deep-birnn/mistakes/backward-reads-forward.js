export const hint = {
  en: 'Your backward pass reads xs from the first step to the last, so it is just a second forward RNN. It must start at x<T> and go back to x<1>: a←<t> = tanh(Waa·a←<t+1> + Wax·x<t> + ba), with a←<T+1> = 0.',
  zh: '你的反向传播从第一步读到最后一步，只是又一个正向 RNN。它必须从 x<T> 开始倒着读到 x<1>：a←<t> = tanh(Waa·a←<t+1> + Wax·x<t> + ba)，其中 a←<T+1> = 0。',
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
  const backward = runRnn(xs, pBackward);
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

