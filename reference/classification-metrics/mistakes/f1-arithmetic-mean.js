export const hint = {
  en: 'Your F1 is the arithmetic mean (precision + recall) / 2. F1 is the harmonic mean: 2·precision·recall / (precision + recall).',
  zh: '你的 F1 用的是算术平均 (precision + recall) / 2。F1 是调和平均：2·precision·recall / (precision + recall)。',
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
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = (precision + recall) / 2;
  return { precision, recall, f1, confusion: [[tn, fp], [fn, tp]] };
}
