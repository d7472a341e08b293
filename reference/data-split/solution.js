// Split m examples into training, validation (cross-validation) and test sets, taking the
// example indices in the order of a given random permutation.

/**
 * @param {number} m - number of examples
 * @param {number[]} fractions - [trainFraction, valFraction], each in [0, 1], sum at most 1
 * @param {number[]} perm - a permutation of 0..m−1 (the shuffle)
 * @returns {{ train: number[], val: number[], test: number[] }}
 */
export function trainValTestSplit(m, fractions, perm) {
  const nTrain = Math.floor(fractions[0] * m);
  const nVal = Math.floor(fractions[1] * m);
  return {
    train: perm.slice(0, nTrain),
    val: perm.slice(nTrain, nTrain + nVal),
    test: perm.slice(nTrain + nVal, m), // everything left over, so no example is lost
  };
}
