/**
 * Soft voting: the elementwise mean of the models' predicted probabilities.
 *
 * @param {number[][][]} models - k matrices of shape m×C (m examples, C classes), one per model
 * @returns {number[][]} the m×C mean of the k matrices
 */
export function averageProbabilities(models) {
  throw new Error('not implemented');
}

/**
 * Hard voting: the most common label for each example, ties to the smallest label.
 *
 * @param {number[][]} predictions - k×m labels, one row per model
 * @returns {number[]} m labels
 */
export function majorityVote(predictions) {
  throw new Error('not implemented');
}
