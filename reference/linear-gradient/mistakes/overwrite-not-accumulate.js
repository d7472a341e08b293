export const hint = {
  en: 'Your gradient keeps only the last example: inside the loop over examples you assign (dw[j] = …, db = …) instead of adding (+=). Accumulate over all m examples, then divide by m.',
  zh: '你的梯度只保留了最后一个样本：在遍历样本的循环里你用了赋值（dw[j] = …，db = …）而不是累加（+=）。要对全部 m 个样本累加，再除以 m。',
};

export function computeGradient(X, y, w, b) {
  const m = X.length;
  const n = w.length;
  const dw = new Array(n).fill(0);
  let db = 0;
  for (let i = 0; i < m; i++) {
    let f = b;
    for (let j = 0; j < n; j++) f += X[i][j] * w[j];
    const err = f - y[i];
    for (let j = 0; j < n; j++) dw[j] = (err * X[i][j]) / m;
    db = err / m;
  }
  return { dw, db };
}
