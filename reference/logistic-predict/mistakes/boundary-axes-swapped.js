export const hint = {
  en: 'You solved for feature 0 as a function of feature 1. The line must give feature 1 (the vertical axis) from feature 0: x1 = −(w0/w1)·x0 − b/w1, and it is vertical, an error, when w[1] = 0.',
  zh: '你把特征 0 表示成了特征 1 的函数。直线应由特征 0 给出特征 1（纵轴）：x1 = −(w0/w1)·x0 − b/w1；当 w[1] = 0 时直线是竖直的，应抛出错误。',
};

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);

export function predictClass(X, w, b, threshold = 0.5) {
  return X.map((x) => (sigmoid(logit(x, w, b)) >= threshold ? 1 : 0));
}

export function boundaryLine(w, b) {
  if (w[0] === 0) throw new Error("vertical boundary: w[0] is 0");
  return { slope: -w[1] / w[0], intercept: -b / w[0] };
}
