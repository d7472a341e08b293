export const hint = {
  en: 'You do not reset the state between passes: your backward pass starts from the forward pass’s last activation, and each deep layer from the previous layer’s last activation. Every direction and every layer starts from its own zero state, a<0> = 0 (n_a zeros of that layer).',
  zh: '你在两次传播之间没有重置状态：反向传播从正向传播的最后一个激活值开始，每个深层也从上一层的最后一个激活值开始。每个方向、每一层都从自己的零状态 a<0> = 0（该层 n_a 个零）开始。',
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

function step(x, a, p) {
  const fromA = matVec(p.Waa, a);
  const fromX = matVec(p.Wax, x);
  return fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
}

export function bidirectionalRnn(xs, pForward, pBackward, Wy, by) {
  const T = xs.length;
  let a = pForward.ba.map(() => 0);
  const forward = [];
  for (let t = 0; t < T; t++) {
    a = step(xs[t], a, pForward);
    forward.push(a);
  }
  const backward = new Array(T);
  for (let t = T - 1; t >= 0; t--) {
    a = step(xs[t], a, pBackward);
    backward[t] = a;
  }
  return xs.map((_, t) => {
    const both = [...forward[t], ...backward[t]];
    const logits = matVec(Wy, both).map((v, k) => v + by[k]);
    return softmax(logits);
  });
}

export function deepRnnForward(xs, layers) {
  let a = layers[0].ba.map(() => 0);
  let inputs = xs;
  for (const layer of layers) {
    const out = [];
    for (const x of inputs) {
      a = step(x, a, layer);
      out.push(a);
    }
    inputs = out;
  }
  return inputs;
}
