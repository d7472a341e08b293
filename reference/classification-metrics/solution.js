/** a / b, or 0 when the denominator is 0. */
function ratio(a, b) {
  return b === 0 ? 0 : a / b;
}

/**
 * Precision, recall, F1 and the confusion matrix of binary predictions.
 *
 * @param {number[]} yTrue - m true labels, each 0 or 1
 * @param {number[]} yPred - m predicted labels, each 0 or 1
 * @returns {{ precision: number, recall: number, f1: number, confusion: number[][] }}
 *   confusion is [[tn, fp], [fn, tp]]; a metric whose denominator is 0 is 0
 */
export function classificationMetrics(yTrue, yPred) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    if (yPred[i] === 1) {
      if (yTrue[i] === 1) tp++;
      else fp++;
    } else if (yTrue[i] === 1) fn++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { precision, recall, f1, confusion: [[tn, fp], [fn, tp]] };
}
