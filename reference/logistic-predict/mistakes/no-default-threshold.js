export const hint = {
  en: 'Called without a threshold, your predictClass compares with undefined and predicts 0 everywhere. Give the parameter its default: function predictClass(X, w, b, threshold = 0.5).',
  zh: '不传阈值调用时，你的 predictClass 在与 undefined 比较，结果全是 0。给参数加上默认值：function predictClass(X, w, b, threshold = 0.5)。',
};

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);

export function predictClass(X, w, b, threshold) {
  return X.map((x) => (sigmoid(logit(x, w, b)) >= threshold ? 1 : 0));
}

export function boundaryLine(w, b) {
  if (w[1] === 0) throw new Error("vertical boundary: w[1] is 0");
  return { slope: -w[0] / w[1], intercept: -b / w[1] };
}
