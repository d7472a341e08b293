export const hint = {
  en: "Your vote runs along the wrong axis: it takes the most common label in each model's row (one answer per model). predictions is k×m, one row per model: vote down each column, over the k models, to get one label per example.",
  zh: "你的投票方向错了：你在每个模型的那一行里取最常见的标签（每个模型一个答案）。predictions 是 k×m，每行对应一个模型：应对每一列、在 k 个模型之间投票，每个样本得到一个标签。",
};

/**
 * @param {number[][][]} models
 * @returns {number[][]}
 */
export function averageProbabilities(models) {
  const k = models.length;
  return models[0].map((row, i) =>
    row.map((_, c) => {
      let sum = 0;
      for (const P of models) sum += P[i][c];
      return sum / k;
    }),
  );
}

/**
 * @param {number[][]} predictions
 * @returns {number[]}
 */
export function majorityVote(predictions) {
  return predictions.map((row) => {
    const counts = new Map();
    for (const label of row) counts.set(label, (counts.get(label) ?? 0) + 1);
    let best = null;
    let bestCount = 0;
    for (const [label, count] of counts) {
      if (count > bestCount || (count === bestCount && label < best)) {
        best = label;
        bestCount = count;
      }
    }
    return best;
  });
}
