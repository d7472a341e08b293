export const hint = {
  en: 'You divide by zero when there are no predicted positives (tp + fp = 0), no actual positives (tp + fn = 0) or precision + recall = 0, and 0/0 is NaN. A metric whose denominator is 0 is 0.',
  zh: '当没有预测为正的样本（tp + fp = 0）、没有真实为正的样本（tp + fn = 0）或 precision + recall = 0 时，你除以了零，而 0/0 是 NaN。分母为 0 的指标取 0。',
};

export function classificationMetrics(yTrue, yPred) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  yTrue.forEach((t, i) => {
    const p = yPred[i];
    if (t === 1 && p === 1) tp++;
    else if (t === 0 && p === 1) fp++;
    else if (t === 1 && p === 0) fn++;
    else tn++;
  });
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, confusion: [[tn, fp], [fn, tp]] };
}
