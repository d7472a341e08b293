import { defineMistakes } from '../../src/lib/engine/mistakes';

// Edits several mistakes below share (each mistake still lists all of its edits).
const COUNT_WITH_FOREACH = {
  find: `let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    if (yPred[i] === 1) {
      if (yTrue[i] === 1) tp++;
      else fp++;
    } else if (yTrue[i] === 1) fn++;`,
  replace: `let tp = 0, fp = 0, fn = 0, tn = 0;
  yTrue.forEach((t, i) => {
    const p = yPred[i];
    if (t === 1 && p === 1) tp++;
    else if (t === 0 && p === 1) fp++;
    else if (t === 1 && p === 0) fn++;`,
};

const CLOSE_FOREACH = {
  find: `}
  const precision = ratio(tp, tp + fp);`,
  replace: `});
  const precision = ratio(tp, tp + fp);`,
};

export default defineMistakes([
  {
    name: 'f1-arithmetic-mean',
    hint: {
      en: 'Your F1 is the arithmetic mean (precision + recall) / 2. F1 is the harmonic mean: 2·precision·recall / (precision + recall).',
      zh: '你的 F1 用的是算术平均 (precision + recall) / 2。F1 是调和平均：2·precision·recall / (precision + recall)。',
    },
    edits: [
      COUNT_WITH_FOREACH,
      CLOSE_FOREACH,
      {
        find: 'const f1 = ratio(2 * precision * recall, precision + recall);',
        replace: 'const f1 = (precision + recall) / 2;',
      },
    ],
  },
  {
    name: 'precision-recall-swapped',
    hint: {
      en: 'Precision and recall are swapped. Precision = tp / (tp + fp) is about the predicted positives; recall = tp / (tp + fn) is about the actual positives.',
      zh: '精确率和召回率弄反了。精确率 = tp / (tp + fp)，看的是预测为正的样本；召回率 = tp / (tp + fn)，看的是真实为正的样本。',
    },
    edits: [
      COUNT_WITH_FOREACH,
      CLOSE_FOREACH,
      { find: 'const precision = ratio(tp, tp + fp);', replace: 'const precision = tp + fn === 0 ? 0 : tp / (tp + fn);' },
      { find: 'const recall = ratio(tp, tp + fn);', replace: 'const recall = tp + fp === 0 ? 0 : tp / (tp + fp);' },
    ],
  },
  {
    name: 'confusion-transposed',
    hint: {
      en: 'Your confusion matrix is transposed. Rows are the true class and columns the predicted class: [[tn, fp], [fn, tp]], so fp (true 0, predicted 1) goes in row 0, column 1.',
      zh: '你的混淆矩阵转置了。行是真实类别，列是预测类别：[[tn, fp], [fn, tp]]，所以 fp（真实为 0、预测为 1）在第 0 行第 1 列。',
    },
    edits: [
      { find: 'confusion: [[tn, fp], [fn, tp]]', replace: 'confusion: [[tn, fn], [fp, tp]]' },
    ],
  },
  {
    name: 'nan-on-zero-division',
    hint: {
      en: 'You divide by zero when there are no predicted positives (tp + fp = 0), no actual positives (tp + fn = 0) or precision + recall = 0, and 0/0 is NaN. A metric whose denominator is 0 is 0.',
      zh: '当没有预测为正的样本（tp + fp = 0）、没有真实为正的样本（tp + fn = 0）或 precision + recall = 0 时，你除以了零，而 0/0 是 NaN。分母为 0 的指标取 0。',
    },
    edits: [
      { find: 'return b === 0 ? 0 : a / b;', replace: 'return a / b;' },
    ],
  },
]);
