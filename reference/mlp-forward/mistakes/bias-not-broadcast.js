// Forward pass of a multilayer perceptron: dense layers applied one after the other,
// keeping every layer's output.

/** σ(z) without overflow: e^z is only computed for z < 0. */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

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

/** One dense layer in the batch-row form: g(A·W + 1·bᵀ). */
function denseForward(A, W, b, activation) {
  const g = activationFunction(activation);
  const nIn = W.length;
  const nOut = b.length;
  return A.map((row, i) => {
    if (row.length !== nIn) throw new Error(`shape mismatch: ${row.length} inputs into a layer whose W has ${nIn} rows`);
    const out = [];
    for (let j = 0; j < nOut; j++) {
      let z = b[i];
      for (let k = 0; k < nIn; k++) z += row[k] * W[k][j];
      out.push(g(z));
    }
    return out;
  });
}

/**
 * @param {number[][]} X - m×n data, one example per row
 * @param {{ W: number[][], b: number[], activation: 'relu'|'sigmoid'|'tanh'|'linear' }[]} layers
 * @returns {{ activations: number[][][], output: number[][] }} activations[0] = X, activations[l] = output of layer l
 */
export function mlpForward(X, layers) {
  const activations = [X.map((row) => row.slice())];
  let A = activations[0];
  for (const { W, b, activation } of layers) {
    A = denseForward(A, W, b, activation);
    activations.push(A);
  }
  return { activations, output: A };
}

export const hint = {
  en: "You add b[i], indexed by the example's row, instead of b[j], the bias of unit j. Every example gets the same bias vector: Z[i][j] = Σ_k A[i][k]·W[k][j] + b[j].",
  zh: '你加的是按样本行号取的 b[i]，而不是单元 j 的偏置 b[j]。每个样本加的都是同一个偏置向量：Z[i][j] = Σ_k A[i][k]·W[k][j] + b[j]。',
};
