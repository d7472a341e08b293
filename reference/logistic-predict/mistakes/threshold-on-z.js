export const hint = {
  en: 'You compare z = x·w + b with the threshold. The threshold is a probability: compare σ(z) with it (σ(z) ≥ 0.5 happens exactly when z ≥ 0, not when z ≥ 0.5).',
  zh: '你把 z = x·w + b 直接与阈值比较。阈值是一个概率：应该拿 σ(z) 与它比较（σ(z) ≥ 0.5 恰好等价于 z ≥ 0，而不是 z ≥ 0.5）。',
};

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);

export function predictClass(X, w, b, threshold = 0.5) {
  return X.map((x) => (logit(x, w, b) >= threshold ? 1 : 0));
}

export function boundaryLine(w, b) {
  if (w[1] === 0) throw new Error("vertical boundary: w[1] is 0");
  return { slope: -w[0] / w[1], intercept: -b / w[1] };
}
