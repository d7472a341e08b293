import { defineMistakes } from '../../src/lib/engine/mistakes';

// Edits several mistakes below share (each mistake still lists all of its edits).
const DROP_BOUNDARY_LINE = {
  find: `}
  return { slope: -w[0] / w[1], intercept: -b / w[1] };
}`,
  replace: '}',
};

const ARROW_SIGMOID_AND_LOGIT = {
  find: `function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}`,
  replace: `const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);`,
};

export default defineMistakes([
  {
    name: 'boundary-axes-swapped',
    hint: {
      en: 'You solved for feature 0 as a function of feature 1. The line must give feature 1 (the vertical axis) from feature 0: x1 = −(w0/w1)·x0 − b/w1, and it is vertical, an error, when w[1] = 0.',
      zh: '你把特征 0 表示成了特征 1 的函数。直线应由特征 0 给出特征 1（纵轴）：x1 = −(w0/w1)·x0 − b/w1；当 w[1] = 0 时直线是竖直的，应抛出错误。',
    },
    edits: [
      { find: 'if (w[1] === 0) {', replace: 'if (w[0] === 0) throw new Error("vertical boundary: w[0] is 0");' },
      {
        find: "throw new Error('the decision boundary is vertical (w[1] = 0): feature 1 is not a function of feature 0');",
        replace: 'return { slope: -w[1] / w[0], intercept: -b / w[0] };',
      },
      DROP_BOUNDARY_LINE,
    ],
  },
  {
    name: 'boundary-sign',
    hint: {
      en: 'Your boundary slope has the wrong sign. From w0·x0 + w1·x1 + b = 0, x1 = −(w0/w1)·x0 − b/w1: slope −w0/w1, intercept −b/w1.',
      zh: '你的边界斜率符号反了。由 w0·x0 + w1·x1 + b = 0 得 x1 = −(w0/w1)·x0 − b/w1：斜率为 −w0/w1，截距为 −b/w1。',
    },
    edits: [
      { find: 'if (w[1] === 0) {', replace: 'if (w[1] === 0) throw new Error("vertical boundary: w[1] is 0");' },
      {
        find: "throw new Error('the decision boundary is vertical (w[1] = 0): feature 1 is not a function of feature 0');",
        replace: 'return { slope: w[0] / w[1], intercept: -b / w[1] };',
      },
      DROP_BOUNDARY_LINE,
    ],
  },
  {
    name: 'strict-threshold',
    hint: {
      en: 'You predict class 1 only when σ(z) > threshold. A probability equal to the threshold counts as class 1: use σ(z) ≥ threshold (a point exactly on the boundary, z = 0, is class 1 with the default 0.5).',
      zh: '你只在 σ(z) > threshold 时预测类别 1。概率等于阈值时也算类别 1：应使用 σ(z) ≥ threshold（恰好在边界上的点，即 z = 0，在默认阈值 0.5 下属于类别 1）。',
    },
    edits: [
      ARROW_SIGMOID_AND_LOGIT,
      {
        find: `return X.map((row) => {
    let z = b;
    for (let j = 0; j < w.length; j++) z += row[j] * w[j];
    return sigmoid(z) >= threshold ? 1 : 0;
  });`,
        replace: 'return X.map((x) => (sigmoid(logit(x, w, b)) > threshold ? 1 : 0));',
      },
    ],
  },
  {
    name: 'threshold-on-z',
    hint: {
      en: 'You compare z = x·w + b with the threshold. The threshold is a probability: compare σ(z) with it (σ(z) ≥ 0.5 happens exactly when z ≥ 0, not when z ≥ 0.5).',
      zh: '你把 z = x·w + b 直接与阈值比较。阈值是一个概率：应该拿 σ(z) 与它比较（σ(z) ≥ 0.5 恰好等价于 z ≥ 0，而不是 z ≥ 0.5）。',
    },
    edits: [
      ARROW_SIGMOID_AND_LOGIT,
      {
        find: `return X.map((row) => {
    let z = b;
    for (let j = 0; j < w.length; j++) z += row[j] * w[j];
    return sigmoid(z) >= threshold ? 1 : 0;
  });`,
        replace: 'return X.map((x) => (logit(x, w, b) >= threshold ? 1 : 0));',
      },
    ],
  },
  {
    name: 'unstable-sigmoid',
    hint: {
      en: 'Your sigmoid is e^z / (1 + e^z): for z ≥ 710 it is NaN, and NaN ≥ threshold is false, so a very confident class-1 prediction comes out as 0. Use 1 / (1 + e^−z) when z ≥ 0.',
      zh: '你的 sigmoid 是 e^z / (1 + e^z)：当 z ≥ 710 时它是 NaN，而 NaN ≥ threshold 为 false，于是非常确定的类别 1 被预测成了 0。z ≥ 0 时请用 1 / (1 + e^−z)。',
    },
    edits: [
      {
        find: `function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}`,
        replace: `const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const logit = (x, w, b) => x.reduce((s, v, j) => s + v * w[j], b);
const unstable = (z) => Math.exp(z) / (1 + Math.exp(z));`,
      },
      {
        find: `return X.map((row) => {
    let z = b;
    for (let j = 0; j < w.length; j++) z += row[j] * w[j];
    return sigmoid(z) >= threshold ? 1 : 0;
  });`,
        replace: 'return X.map((x) => (unstable(logit(x, w, b)) >= threshold ? 1 : 0));',
      },
    ],
  },
  {
    name: 'no-default-threshold',
    hint: {
      en: 'Called without a threshold, your predictClass compares with undefined and predicts 0 everywhere. Give the parameter its default: function predictClass(X, w, b, threshold = 0.5).',
      zh: '不传阈值调用时，你的 predictClass 在与 undefined 比较，结果全是 0。给参数加上默认值：function predictClass(X, w, b, threshold = 0.5)。',
    },
    edits: [
      {
        find: 'export function predictClass(X, w, b, threshold = 0.5) {',
        replace: 'export function predictClass(X, w, b, threshold) {',
      },
    ],
  },
]);
