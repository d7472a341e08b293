import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'cv-on-training-rows',
    hint: {
      en: 'Your cvError is measured on the training set. The cross-validation error is the cost on the whole cross-validation set (Xcv, ycv), examples the model was not fitted on.',
      zh: '你的 cvError 是在训练集上算的。交叉验证误差应是在整个交叉验证集 (Xcv, ycv) 上的代价，即模型没有拟合过的样本。',
    },
    edits: [
      {
        find: 'cvError.push(cost(Xcv, ycv, Xcv.length, w, b));',
        replace: 'cvError.push(cost(Xtr, ytr, Xtr.length, w, b));',
      },
    ],
  },
  {
    name: 'lambda-over-s-scaling',
    hint: {
      en: "You add λ/s to the diagonal. Multiplying the gradient of J = 1/(2s) Σ (f − y)² + λ/(2s) Σ w² by s gives (AᵀA + λ·D) θ = Aᵀy: add λ itself (not λ/s) to the weights' diagonal entries.",
      zh: '你给对角元加的是 λ/s。把 J = 1/(2s) Σ (f − y)² + λ/(2s) Σ w² 的梯度乘以 s，得到 (AᵀA + λ·D) θ = Aᵀy：给权重对应的对角元加 λ 本身，而不是 λ/s。',
    },
    edits: [
      {
        find: 'for (let j = 1; j < p; j++) M[j][j] += lambda; // the bias (j = 0) is not regularized',
        replace: 'for (let j = 1; j < p; j++) M[j][j] += lambda / s;',
      },
    ],
  },
  {
    name: 'regularized-error-reported',
    hint: {
      en: 'Your reported errors include the penalty λ/(2m) Σ w². The penalty is only for fitting: report the plain cost 1/(2m) Σ (f − y)² for both the training and the cross-validation error.',
      zh: '你报告的误差包含了惩罚项 λ/(2m) Σ w²。惩罚项只用于拟合：训练误差和交叉验证误差都应报告不含正则项的代价 1/(2m) Σ (f − y)²。',
    },
    edits: [
      { find: 'function cost(X, y, m, w, b) {', replace: 'function cost(X, y, m, w, b, lambda) {' },
      {
        find: 'return sum / (2 * m);',
        replace: `let penalty = 0;
  for (const wj of w) penalty += wj * wj;
  return sum / (2 * m) + (lambda / (2 * m)) * penalty;`,
      },
      { find: 'trainError.push(cost(Xtr, ytr, s, w, b));', replace: 'trainError.push(cost(Xtr, ytr, s, w, b, lambda));' },
      {
        find: 'cvError.push(cost(Xcv, ycv, Xcv.length, w, b));',
        replace: 'cvError.push(cost(Xcv, ycv, Xcv.length, w, b, lambda));',
      },
    ],
  },
  {
    name: 'regularizes-b',
    hint: {
      en: "You add λ to every diagonal entry, the bias's too. b is not regularized: add λ to the diagonal of AᵀA only for the weights, (AᵀA + λ·diag(0, 1, …, 1)) θ = Aᵀy.",
      zh: '你给所有对角元都加了 λ，包括偏置那一项。b 不参与正则化：只给权重对应的对角元加 λ，即 (AᵀA + λ·diag(0, 1, …, 1)) θ = Aᵀy。',
    },
    edits: [
      {
        find: 'for (let j = 1; j < p; j++) M[j][j] += lambda; // the bias (j = 0) is not regularized',
        replace: 'for (let j = 0; j < p; j++) M[j][j] += lambda;',
      },
    ],
  },
  {
    name: 'train-error-on-all-rows',
    hint: {
      en: 'Your training error is measured on the whole training set. The training error of a learning curve is the cost on the s examples the model was fitted on: rows 0..s−1 of Xtr, divided by 2s.',
      zh: '你的训练误差是在整个训练集上算的。学习曲线的训练误差是模型所拟合的那 s 个样本上的代价：Xtr 的第 0..s−1 行，除以 2s。',
    },
    edits: [
      {
        find: 'trainError.push(cost(Xtr, ytr, s, w, b));',
        replace: 'trainError.push(cost(Xtr, ytr, Xtr.length, w, b));',
      },
    ],
  },
]);
