export const hint = {
  en: 'Your boundary slope has the wrong sign. From w0·x0 + w1·x1 + b = 0, x1 = −(w0/w1)·x0 − b/w1: slope −w0/w1, intercept −b/w1.',
  zh: '你的边界斜率符号反了。由 w0·x0 + w1·x1 + b = 0 得 x1 = −(w0/w1)·x0 − b/w1：斜率为 −w0/w1，截距为 −b/w1。',
};

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);

export function predictClass(X, w, b, threshold = 0.5) {
  return X.map((x) => (sigmoid(logit(x, w, b)) >= threshold ? 1 : 0));
}

export function boundaryLine(w, b) {
  if (w[1] === 0) throw new Error("vertical boundary: w[1] is 0");
  return { slope: w[0] / w[1], intercept: -b / w[1] };
}
