/**
 * @param {number[][]} X
 * @param {number[]} w
 * @param {number} b
 * @returns {number[]}
 */
export function predict(X, w, b) {
  return X.map((row) => {
    let f = b;
    for (let j = 0; j < w.length; j++) f += row[j] * w[j];
    return f;
  });
}
