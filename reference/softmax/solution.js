/**
 * Row-wise softmax, stable for large logits: each row is shifted by its own maximum before
 * exponentiating (softmax(z) = softmax(z − c) for any constant c), so every exponent is ≤ 0,
 * nothing overflows, and the largest term of each row is exactly e^0 = 1, so no row sums to 0.
 *
 * @param {number[][]} Z - m×C logits, one example per row
 * @returns {number[][]} m×C probabilities, each row summing to 1
 */
export function softmax(Z) {
  return Z.map((row) => {
    let max = -Infinity;
    for (const z of row) if (z > max) max = z;
    const e = row.map((z) => Math.exp(z - max));
    let sum = 0;
    for (const v of e) sum += v;
    return e.map((v) => v / sum);
  });
}
