export const hint = {
  en: 'Your sigmoid is e^z / (1 + e^z): for z ≥ 710 it is NaN, and NaN ≥ threshold is false, so a very confident class-1 prediction comes out as 0. Use 1 / (1 + e^−z) when z ≥ 0.',
  zh: '你的 sigmoid 是 e^z / (1 + e^z)：当 z ≥ 710 时它是 NaN，而 NaN ≥ threshold 为 false，于是非常确定的类别 1 被预测成了 0。z ≥ 0 时请用 1 / (1 + e^−z)。',
};

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);

const unstable = (z) => Math.exp(z) / (1 + Math.exp(z));

export function predictClass(X, w, b, threshold = 0.5) {
  return X.map((x) => (unstable(logit(x, w, b)) >= threshold ? 1 : 0));
}

export function boundaryLine(w, b) {
  if (w[1] === 0) throw new Error("vertical boundary: w[1] is 0");
  return { slope: -w[0] / w[1], intercept: -b / w[1] };
}
