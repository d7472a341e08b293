export const hint = {
  en: 'You predict class 1 only when σ(z) > threshold. A probability equal to the threshold counts as class 1: use σ(z) ≥ threshold (a point exactly on the boundary, z = 0, is class 1 with the default 0.5).',
  zh: '你只在 σ(z) > threshold 时预测类别 1。概率等于阈值时也算类别 1：应使用 σ(z) ≥ threshold（恰好在边界上的点，即 z = 0，在默认阈值 0.5 下属于类别 1）。',
};

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);

export function predictClass(X, w, b, threshold = 0.5) {
  return X.map((x) => (sigmoid(logit(x, w, b)) > threshold ? 1 : 0));
}

export function boundaryLine(w, b) {
  if (w[1] === 0) throw new Error("vertical boundary: w[1] is 0");
  return { slope: -w[0] / w[1], intercept: -b / w[1] };
}
