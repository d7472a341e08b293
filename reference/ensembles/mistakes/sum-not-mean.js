export const hint = {
  en: "Your averageProbabilities adds the models' probabilities without dividing by the number of models k. The mean is the sum divided by k, so each row still sums to 1.",
  zh: "你的 averageProbabilities 把各模型的概率相加后没有除以模型数 k。平均值是总和除以 k，这样每行的和仍为 1。",
};

/**
 * @param {number[][][]} models - k matrices of shape m×C, one per model
 * @returns {number[][]} the m×C elementwise mean
 */
export function averageProbabilities(models) {
  const k = models.length;
  return models[0].map((row, i) =>
    row.map((_, c) => {
      let sum = 0;
      for (const P of models) sum += P[i][c];
      return sum;
    }),
  );
}

/**
 * @param {number[][]} predictions - k×m labels, one row per model
 * @returns {number[]} m labels: the most common label per example, ties to the smallest label
 */
export function majorityVote(predictions) {
  const m = predictions[0].length;
  const result = [];
  for (let i = 0; i < m; i++) {
    const counts = new Map();
    for (const row of predictions) counts.set(row[i], (counts.get(row[i]) ?? 0) + 1);
    let best = null;
    let bestCount = 0;
    for (const [label, count] of counts) {
      if (count > bestCount || (count === bestCount && label < best)) {
        best = label;
        bestCount = count;
      }
    }
    result.push(best);
  }
  return result;
}
