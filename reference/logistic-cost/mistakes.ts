import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'epsilon-in-log',
    hint: {
      en: 'You add a small epsilon inside the log (log(σ + 1e-15)). That avoids Infinity but caps the loss of a confidently wrong prediction at −log(1e-15) ≈ 34.5: with z = 1000 and the wrong label the loss is 1000. Compute from z instead: log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z.',
      zh: '你在 log 里加了一个小的 epsilon（log(σ + 1e-15)）。这样虽然不会出现 Infinity，却把“自信地预测错”的损失限制在 −log(1e-15) ≈ 34.5：z = 1000 且标签相反时损失应为 1000。请改为由 z 计算：log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z。',
    },
    edits: [
      {
        find: 'export function logisticCost(X, y, w, b) {',
        replace: `const EPS = 1e-15;
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
export function logisticCost(X, y, w, b) {`,
      },
      {
        find: `let z = b;
    for (let j = 0; j < w.length; j++) z += X[i][j] * w[j];
    const softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    total += softplus - y[i] * z;`,
        replace: `const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    const f = sigmoid(z);
    total += -y[i] * Math.log(f + EPS) - (1 - y[i]) * Math.log(1 - f + EPS);`,
      },
    ],
  },
  {
    name: 'log-of-zero',
    hint: {
      en: 'You take log(σ(z)) and log(1 − σ(z)) of the probabilities. When a prediction saturates (|z| ≳ 37), σ(z) rounds to exactly 1 or 0 and log(0) = −Infinity (and 0·(−Infinity) = NaN). Compute each loss from z: log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z.',
      zh: '你对概率取了 log(σ(z)) 和 log(1 − σ(z))。当预测饱和（|z| ≳ 37）时，σ(z) 被舍入成恰好 1 或 0，log(0) = −Infinity（而 0·(−Infinity) = NaN）。请直接由 z 计算每个样本的损失：log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z。',
    },
    edits: [
      {
        find: 'export function logisticCost(X, y, w, b) {',
        replace: `function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
export function logisticCost(X, y, w, b) {`,
      },
      {
        find: `let z = b;
    for (let j = 0; j < w.length; j++) z += X[i][j] * w[j];
    const softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    total += softplus - y[i] * z;`,
        replace: `const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    const f = sigmoid(z);
    total += -y[i] * Math.log(f) - (1 - y[i]) * Math.log(1 - f);`,
      },
    ],
  },
  {
    name: 'missing-minus-sign',
    hint: {
      en: 'Your cost is negative: the loss is −y·log σ(z) − (1 − y)·log(1 − σ(z)), with a minus sign, so that it is ≥ 0 and small when the predictions are right.',
      zh: '你的代价是负的：损失是 −y·log σ(z) − (1 − y)·log(1 − σ(z))，前面有负号，这样它 ≥ 0，并且预测正确时很小。',
    },
    edits: [
      { find: 'let z = b;', replace: 'const z = X[i].reduce((s, x, j) => s + x * w[j], b);' },
      {
        find: 'for (let j = 0; j < w.length; j++) z += X[i][j] * w[j];',
        replace: 'const logF = -(Math.max(-z, 0) + Math.log1p(Math.exp(-Math.abs(z))));',
      },
      {
        find: 'const softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));',
        replace: 'const log1mF = -(Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))));',
      },
      { find: 'total += softplus - y[i] * z;', replace: 'total += y[i] * logF + (1 - y[i]) * log1mF;' },
    ],
  },
  {
    name: 'squared-error',
    hint: {
      en: 'You use the squared error 1/(2m) Σ (σ(z) − y)² of linear regression. With the sigmoid inside it is not convex; logistic regression uses the cross-entropy loss −y·log σ(z) − (1 − y)·log(1 − σ(z)), averaged over the examples.',
      zh: '你用了线性回归的平方误差 1/(2m) Σ (σ(z) − y)²。套上 sigmoid 后它不是凸的；逻辑回归使用交叉熵损失 −y·log σ(z) − (1 − y)·log(1 − σ(z))，再对样本求平均。',
    },
    edits: [
      {
        find: `let z = b;
    for (let j = 0; j < w.length; j++) z += X[i][j] * w[j];
    const softplus = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    total += softplus - y[i] * z;`,
        replace: `const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    const f = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    total += (f - y[i]) ** 2;`,
      },
      { find: 'return total / m;', replace: 'return total / (2 * m);' },
    ],
  },
  {
    name: 'sum-not-mean',
    hint: {
      en: 'Your cost is the sum of the losses. The cost is their mean: J = (1/m) Σ_i loss_i, divide by the number of examples m.',
      zh: '你的代价是各样本损失之和。代价应是平均值：J = (1/m) Σ_i loss_i，要除以样本数 m。',
    },
    edits: [
      { find: 'return total / m;', replace: 'return total;' },
    ],
  },
  {
    common: 'label-ignored',
    edits: [{ find: 'total += softplus - y[i] * z;', replace: 'total += y[i] * (softplus - z);' }],
  },
]);
