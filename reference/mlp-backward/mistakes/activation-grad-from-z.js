export const hint = {
  en: "You evaluate the sigmoid/tanh derivative on z as if it were the activation: 1 − z² or z(1 − z). The formulas use the activation a = g(z): tanh'(z) = 1 − a², σ'(z) = a(1 − a).",
  zh: "你把 sigmoid/tanh 的导数公式用在了 z 上，好像它是激活值：1 − z² 或 z(1 − z)。这些公式用的是激活值 a = g(z)：tanh'(z) = 1 − a²，σ'(z) = a(1 − a)。",
};

function sigmoid(z) {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
const act = { relu: (z) => Math.max(0, z), sigmoid, tanh: Math.tanh, linear: (z) => z };
const grad = {
  relu: (z) => (z > 0 ? 1 : 0),
  sigmoid: (z) => z * (1 - z),
  tanh: (z) => 1 - z * z,
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
    dW[l] = matmul(T(As[l]), dZ);
    db[l] = dZ[0].map((_, j) => dZ.reduce((s, r) => s + r[j], 0));
    dA = matmul(dZ, T(layers[l].W));
  }
  return { loss, dW, db };
}
