// Forward pass of one fully connected layer in the batch-row form: Z = A·W + 1·bᵀ, then g(Z).

/** σ(z) without overflow: e^z is only computed for z < 0. */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** The activation g for a name, or an Error for an unknown one. */
function activationFunction(name) {
  switch (name) {
    case 'relu':
      return (z) => (z > 0 ? z : 0);
    case 'sigmoid':
      return sigmoid;
    case 'tanh':
      return Math.tanh;
    case 'linear':
      return (z) => z;
    default:
      throw new Error(`unknown activation '${name}': use 'relu', 'sigmoid', 'tanh' or 'linear'`);
  }
}

/**
 * @param {number[][]} A - m×n_in activations of the previous layer, one example per row
 * @param {number[][]} W - n_in×n_out weights (column j holds unit j's incoming weights)
 * @param {number[]} b - n_out biases
 * @param {'relu'|'sigmoid'|'tanh'|'linear'} activation
 * @returns {number[][]} m×n_out activations g(A·W + 1·bᵀ)
 */
export function denseForward(A, W, b, activation) {
  const g = activationFunction(activation);
  const nIn = W.length;
  const nOut = W[0].length;
  return A.map((row) => {
    const out = [];
    for (let j = 0; j < nOut; j++) {
      let z = b[j];
      for (let k = 0; k < nIn; k++) z += row[k] * W[k][j];
      out.push(g(z));
    }
    return out;
  });
}

export const hint = {
  en: "Your denseForward does not check shapes: when A's columns do not match W's rows, or b's length does not match W's columns, throw an Error whose message mentions 'shape' instead of computing with missing entries.",
  zh: "你的 denseForward 没有检查形状：当 A 的列数与 W 的行数不一致，或 b 的长度与 W 的列数不一致时，要抛出一个消息中含有 'shape' 的 Error，而不是拿缺失的元素去计算。",
};
