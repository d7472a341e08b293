import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'sum-not-mean',
    hint: {
      en: "Your averageProbabilities adds the models' probabilities without dividing by the number of models k. The mean is the sum divided by k, so each row still sums to 1.",
      zh: '你的 averageProbabilities 把各模型的概率相加后没有除以模型数 k。平均值是总和除以 k，这样每行的和仍为 1。',
    },
    edits: [
      { find: 'return sum / k;', replace: 'return sum;' },
    ],
  },
  {
    name: 'tie-to-first-seen',
    hint: {
      en: 'On a tie your vote keeps the label seen first (from the earliest model). Ties go to the smallest label: among the labels with the most votes, return the smallest.',
      zh: '平票时你保留了最先出现的标签（来自排在前面的模型）。平票应归最小的标签：在得票最多的标签中返回最小的那个。',
    },
    edits: [
      { find: 'if (count > bestCount || (count === bestCount && label < best)) {', replace: 'if (count > bestCount) {' },
    ],
  },
  {
    name: 'tie-to-largest',
    hint: {
      en: 'On a tie your vote picks the largest label. Ties go to the smallest label: among the labels with the most votes, return the smallest.',
      zh: '平票时你选了最大的标签。平票应归最小的标签：在得票最多的标签中返回最小的那个。',
    },
    edits: [
      {
        find: 'if (count > bestCount || (count === bestCount && label < best)) {',
        replace: 'if (count > bestCount || (count === bestCount && label > best)) {',
      },
    ],
  },
  {
    name: 'vote-over-models-axis',
    hint: {
      en: "Your vote runs along the wrong axis: it takes the most common label in each model's row (one answer per model). predictions is k×m, one row per model: vote down each column, over the k models, to get one label per example.",
      zh: '你的投票方向错了：你在每个模型的那一行里取最常见的标签（每个模型一个答案）。predictions 是 k×m，每行对应一个模型：应对每一列、在 k 个模型之间投票，每个样本得到一个标签。',
    },
    edits: [
      {
        find: `const m = predictions[0].length;
  const result = [];
  for (let i = 0; i < m; i++) {`,
        replace: 'return predictions.map((row) => {',
      },
      {
        find: 'for (const row of predictions) counts.set(row[i], (counts.get(row[i]) ?? 0) + 1);',
        replace: 'for (const label of row) counts.set(label, (counts.get(label) ?? 0) + 1);',
      },
      {
        find: 'result.push(best);',
        replace: `return best;
  });`,
      },
      {
        find: `}
  return result;
}`,
        replace: '}',
      },
    ],
  },
]);
