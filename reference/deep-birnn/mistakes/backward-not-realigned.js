export const hint = {
  en: 'Your backward activations are still in reading order: the first one you computed (from the last input) sits at t = 0. Reverse the list of backward activations so that a←<t> is the one computed at input x<t>, then concatenate [a→<t>, a←<t>].',
  zh: '你的反向激活值仍按读取顺序排列：最先算出的那个（来自最后一个输入）被放在了 t = 0。把反向激活值的列表倒过来，使 a←<t> 是在输入 x<t> 处算出的那个，再拼接 [a→<t>, a←<t>]。',
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
  const backward = runRnn([...xs].reverse(), pBackward);
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

