export const hint = {
  en: 'You take log(σ(z)) and log(1 − σ(z)) of the probabilities. When a prediction saturates (|z| ≳ 37), σ(z) rounds to exactly 1 or 0 and log(0) = −Infinity (and 0·(−Infinity) = NaN). Compute each loss from z: log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z.',
  zh: '你对概率取了 log(σ(z)) 和 log(1 − σ(z))。当预测饱和（|z| ≳ 37）时，σ(z) 被舍入成恰好 1 或 0，log(0) = −Infinity（而 0·(−Infinity) = NaN）。请直接由 z 计算每个样本的损失：log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z。',
};

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
    total += -y[i] * Math.log(f) - (1 - y[i]) * Math.log(1 - f);
  }
  return total / m;
}
