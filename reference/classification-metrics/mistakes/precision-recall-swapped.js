export const hint = {
  en: 'Precision and recall are swapped. Precision = tp / (tp + fp) is about the predicted positives; recall = tp / (tp + fn) is about the actual positives.',
  zh: '精确率和召回率弄反了。精确率 = tp / (tp + fp)，看的是预测为正的样本；召回率 = tp / (tp + fn)，看的是真实为正的样本。',
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
  const precision = tp + fn === 0 ? 0 : tp / (tp + fn);
  const recall = tp + fp === 0 ? 0 : tp / (tp + fp);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, confusion: [[tn, fp], [fn, tp]] };
}
