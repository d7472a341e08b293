// A residual block on one example in column form: two dense layers and a skip connection.

/** Rectified linear unit of one number. */
function relu(z) {
  return Math.max(0, z);
}

/** W·v + b for a matrix W (rows × len(v)) and a vector v: one dot product per row of W. */
function affine(W, v, b) {
  return W.map((row, i) => {
    let s = b[i];
    for (let j = 0; j < v.length; j++) s += row[j] * v[j];
    return s;
  });
}

/**
 * @param {number[]} x - input vector (n)
 * @param {number[][]} W1 - h×n weights of the first layer
 * @param {number[]} b1 - h biases of the first layer
 * @param {number[][]} W2 - n×h weights of the second layer
 * @param {number[]} b2 - n biases of the second layer
 * @returns {number[]} relu(W2·relu(W1·x + b1) + b2 + x), a vector of n numbers
 */
export function residualBlock(x, W1, b1, W2, b2) {
  const a1 = affine(W1, x, b1).map(relu);
  const z2 = affine(W2, a1, b2);
  // The skip connection: x is added to z2 *before* the second ReLU.
  return z2.map((z, i) => relu(z + x[i]));
}
