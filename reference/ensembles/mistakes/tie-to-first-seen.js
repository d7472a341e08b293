export const hint = {
  en: "On a tie your vote keeps the label seen first (from the earliest model). Ties go to the smallest label: among the labels with the most votes, return the smallest.",
  zh: "平票时你保留了最先出现的标签（来自排在前面的模型）。平票应归最小的标签：在得票最多的标签中返回最小的那个。",
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
      return sum / k;
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
      if (count > bestCount) {
        best = label;
        bestCount = count;
      }
    }
    result.push(best);
  }
  return result;
}
