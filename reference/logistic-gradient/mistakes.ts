import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'error-sign-flipped',
    hint: {
      en: 'Your gradient points the wrong way: you use y − σ(z). The derivative of the cost is (σ(z) − y), prediction minus label, so dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij.',
      zh: '你的梯度方向反了：你用了 y − σ(z)。代价的导数是 (σ(z) − y)，即预测减标签，所以 dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij。',
    },
    edits: [
      {
        find: `let z = b;
    for (let j = 0; j < n; j++) z += X[i][j] * w[j];
    const err = sigmoid(z) - y[i];
    for (let j = 0; j < n; j++) dw[j] += err * X[i][j];`,
        replace: `const err = y[i] - sigmoid(X[i].reduce((s, x, j) => s + x * w[j], b));
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];`,
      },
    ],
  },
  {
    name: 'linear-f',
    hint: {
      en: 'You use f = z = X·w + b, the linear model’s prediction. For logistic regression the error is σ(z) − y: apply the sigmoid to z before subtracting the label.',
      zh: '你用了 f = z = X·w + b，也就是线性模型的预测。逻辑回归的误差是 σ(z) − y：先对 z 求 sigmoid，再减去标签。',
    },
    edits: [
      {
        find: `let z = b;
    for (let j = 0; j < n; j++) z += X[i][j] * w[j];
    const err = sigmoid(z) - y[i];
    for (let j = 0; j < n; j++) dw[j] += err * X[i][j];`,
        replace: `const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    const err = z - y[i];
    for (let j = 0; j < w.length; j++) dw[j] += err * X[i][j];`,
      },
    ],
  },
  {
    name: 'missing-one-over-m',
    hint: {
      en: 'Your gradient is m times too large: the cost is a mean, so dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij and db = (1/m) Σ_i (σ(z_i) − y_i). Divide both sums by m.',
      zh: '你的梯度大了 m 倍：代价是平均值，所以 dw_j = (1/m) Σ_i (σ(z_i) − y_i) x_ij，db = (1/m) Σ_i (σ(z_i) − y_i)。两个求和都要除以 m。',
    },
    edits: [
      { find: 'return { dw: dw.map((g) => g / m), db: db / m };', replace: 'return { dw, db };' },
    ],
  },
  {
    name: 'unstable-sigmoid',
    hint: {
      en: 'Your sigmoid is e^z / (1 + e^z): for z ≥ 710, e^z is Infinity and Infinity/Infinity is NaN, which spreads into every gradient entry. Use 1 / (1 + e^−z) when z ≥ 0 and e^z / (1 + e^z) when z < 0.',
      zh: '你的 sigmoid 是 e^z / (1 + e^z)：当 z ≥ 710 时 e^z 为 Infinity，Infinity/Infinity 是 NaN，并会扩散到梯度的每一项。z ≥ 0 时用 1 / (1 + e^−z)，z < 0 时用 e^z / (1 + e^z)。',
    },
    edits: [
      {
        find: `function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}`,
        replace: 'const sigmoid = (z) => Math.exp(z) / (1 + Math.exp(z));',
      },
    ],
  },
]);
