/**
 * Precision, recall, F1 score and confusion matrix of binary predictions.
 *
 * @param {number[]} yTrue - m true labels, each 0 or 1
 * @param {number[]} yPred - m predicted labels, each 0 or 1
 * @returns {{ precision: number, recall: number, f1: number, confusion: number[][] }}
 *   confusion is [[tn, fp], [fn, tp]]; a metric whose denominator is 0 is 0
 */
export function classificationMetrics(yTrue, yPred) {
  throw new Error('not implemented');
}
