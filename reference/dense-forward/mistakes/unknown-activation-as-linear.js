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
    default:
      return (z) => z;
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
  for (const row of A) {
    if (row.length !== nIn) {
      throw new Error(`shape mismatch: A has ${row.length} columns but W has ${nIn} rows`);
    }
  }
  if (b.length !== nOut) {
    throw new Error(`shape mismatch: b has ${b.length} entries but W has ${nOut} columns`);
  }
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
  en: "An unknown activation name falls through to the identity in your code. Only 'relu', 'sigmoid', 'tanh' and 'linear' are valid; for any other name throw an Error whose message mentions 'activation'.",
  zh: "在你的代码里，未知的激活函数名会落到恒等函数上。只有 'relu'、'sigmoid'、'tanh' 和 'linear' 是合法的；遇到其他名字要抛出一个消息中含有 'activation' 的 Error。",
};
