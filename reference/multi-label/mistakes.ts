import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'softmax-probabilities',
    hint: {
      en: 'Your probabilities are a softmax over each row. In multi-label classification every label is its own yes/no question: take σ(z) of each logit separately, so a row need not sum to 1.',
      zh: '你对每一行做了 softmax。多标签分类中每个标签都是独立的是/否问题：对每个 logit 分别取 σ(z)，所以一行的和不必为 1。',
    },
    edits: [
      {
        find: 'return Z.map((row) => row.map((z) => sigmoid(z)));',
        replace: `return Z.map((row) => {
    const top = Math.max(...row);
    const e = row.map((z) => Math.exp(z - top));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });`,
      },
    ],
  },
  {
    name: 'argmax-prediction',
    hint: {
      en: 'You predict exactly one label per example (the largest logit). Each label is decided on its own: 1 wherever σ(z) ≥ threshold, so an example may get zero, one or several labels.',
      zh: '你为每个样本只预测了一个标签（logit 最大的那个）。每个标签要单独判断：σ(z) ≥ 阈值处为 1，所以一个样本可以有零个、一个或多个标签。',
    },
    edits: [
      {
        find: 'return Z.map((row) => row.map((z) => (sigmoid(z) >= threshold ? 1 : 0)));',
        replace: `return Z.map((row) => {
    const best = row.indexOf(Math.max(...row));
    return row.map((_, j) => (j === best ? 1 : 0));
  });`,
      },
    ],
  },
  {
    name: 'loss-from-probabilities',
    hint: {
      en: 'You compute the loss from the probabilities, −y·log σ(z) − (1−y)·log(1−σ(z)): when a logit saturates (|z| ≈ 1000) σ(z) rounds to 0 or 1 and the log gives Infinity or NaN. Use the form from the logits, max(z, 0) − z·y + log(1 + e^−|z|).',
      zh: '你用概率计算损失 −y·log σ(z) − (1−y)·log(1−σ(z))：logit 饱和时（|z| ≈ 1000）σ(z) 舍入为 0 或 1，对数给出 Infinity 或 NaN。请用直接基于 logit 的形式 max(z, 0) − z·y + log(1 + e^−|z|)。',
    },
    edits: [
      {
        find: 'total += Math.max(z, 0) - z * Y[i][j] + Math.log1p(Math.exp(-Math.abs(z)));',
        replace: `const p = sigmoid(z);
      total += -Y[i][j] * Math.log(p) - (1 - Y[i][j]) * Math.log(1 - p);`,
      },
    ],
  },
  {
    name: 'mean-over-examples-only',
    hint: {
      en: 'You sum the losses of the K labels and divide by m only. BCEWithLogitsLoss takes the mean over all m·K entries: divide by m·K.',
      zh: '你把 K 个标签的损失相加后只除以 m。BCEWithLogitsLoss 对全部 m·K 个元素取平均：应除以 m·K。',
    },
    edits: [{ find: 'return total / count;', replace: 'return total / Z.length;' }],
  },
  {
    name: 'unstable-sigmoid',
    hint: {
      en: 'Your sigmoid computes e^z/(1 + e^z) for every z: for z = 1000, e^z is Infinity and Infinity/Infinity is NaN. Take exp only of a non-positive number: 1/(1 + e^−z) for z ≥ 0.',
      zh: '你的 sigmoid 对所有 z 都计算 e^z/(1 + e^z)：z = 1000 时 e^z 为 Infinity，Infinity/Infinity 为 NaN。只对非正数取 exp：z ≥ 0 时用 1/(1 + e^−z)。',
    },
    edits: [{ find: 'if (z >= 0) return 1 / (1 + Math.exp(-z));', replace: '' }],
  },
]);
