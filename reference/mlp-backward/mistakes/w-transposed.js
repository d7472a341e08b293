export const hint = {
  en: 'Your dW[l] is transposed: dZᵀ·A_prev is n_out×n_in. A gradient has the shape of its parameter: dW = A_prevᵀ·dZ, n_in×n_out like W.',
  zh: '你的 dW[l] 转置了：dZᵀ·A_prev 是 n_out×n_in。梯度与它的参数形状相同：dW = A_prevᵀ·dZ，与 W 一样是 n_in×n_out。',
};

function sigmoid(z) {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
const act = { relu: (z) => Math.max(0, z), sigmoid, tanh: Math.tanh, linear: (z) => z };
const grad = {
  relu: (z) => (z > 0 ? 1 : 0),
  sigmoid: (z, a) => a * (1 - a),
  tanh: (z, a) => 1 - a * a,
  linear: () => 1,
};
const matmul = (A, B) => A.map((r) => B[0].map((_, j) => r.reduce((s, v, k) => s + v * B[k][j], 0)));
const T = (A) => A[0].map((_, j) => A.map((r) => r[j]));

export function mlpBackward(X, labels, layers) {
  const m = X.length;
  const As = [X];
  const Zs = [];
  for (const { W, b, activation } of layers) {
    const Z = matmul(As[As.length - 1], W).map((r) => r.map((v, j) => v + b[j]));
    Zs.push(Z);
    As.push(Z.map((r) => r.map(act[activation])));
  }
  const out = As[As.length - 1];
  let loss = 0;
  let dA = out.map((r, i) => {
    const mx = Math.max(...r);
    const e = r.map((v) => Math.exp(v - mx));
    const s = e.reduce((a, b) => a + b, 0);
    loss += Math.log(s) + mx - r[labels[i]];
    return e.map((v, j) => (v / s - (j === labels[i] ? 1 : 0)) / m);
  });
  loss /= m;
  const dW = [];
  const db = [];
  for (let l = layers.length - 1; l >= 0; l--) {
    const g = grad[layers[l].activation];
    const dZ = dA.map((r, i) => r.map((v, j) => v * g(Zs[l][i][j], As[l + 1][i][j])));
    dW[l] = matmul(T(dZ), As[l]);
    db[l] = dZ[0].map((_, j) => dZ.reduce((s, r) => s + r[j], 0));
    dA = matmul(dZ, T(layers[l].W));
  }
  return { loss, dW, db };
}
