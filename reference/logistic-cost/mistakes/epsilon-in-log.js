export const hint = {
  en: 'You add a small epsilon inside the log (log(σ + 1e-15)). That avoids Infinity but caps the loss of a confidently wrong prediction at −log(1e-15) ≈ 34.5: with z = 1000 and the wrong label the loss is 1000. Compute from z instead: log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z.',
  zh: '你在 log 里加了一个小的 epsilon（log(σ + 1e-15)）。这样虽然不会出现 Infinity，却把“自信地预测错”的损失限制在 −log(1e-15) ≈ 34.5：z = 1000 且标签相反时损失应为 1000。请改为由 z 计算：log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z。',
};

const EPS = 1e-15;

function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function logisticCost(X, y, w, b) {
  const m = X.length;
  let total = 0;
  for (let i = 0; i < m; i++) {
    const z = X[i].reduce((s, x, j) => s + x * w[j], b);
    const f = sigmoid(z);
    total += -y[i] * Math.log(f + EPS) - (1 - y[i]) * Math.log(1 - f + EPS);
  }
  return total / m;
}
