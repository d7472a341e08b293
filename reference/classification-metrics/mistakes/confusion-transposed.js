export const hint = {
  en: 'Your confusion matrix is transposed. Rows are the true class and columns the predicted class: [[tn, fp], [fn, tp]], so fp (true 0, predicted 1) goes in row 0, column 1.',
  zh: '你的混淆矩阵转置了。行是真实类别，列是预测类别：[[tn, fp], [fn, tp]]，所以 fp（真实为 0、预测为 1）在第 0 行第 1 列。',
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
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, confusion: [[tn, fn], [fp, tp]] };
}
