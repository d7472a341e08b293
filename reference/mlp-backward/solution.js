/** @param {number} z */
function sigmoid(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** g(z) for each activation. */
const ACTIVATIONS = {
  relu: (z) => (z > 0 ? z : 0),
  sigmoid,
  tanh: Math.tanh,
  linear: (z) => z,
};

/** g'(z), written with the layer's output a = g(z) where that is simpler. relu'(0) = 0. */
const DERIVATIVES = {
  relu: (z) => (z > 0 ? 1 : 0),
  sigmoid: (z, a) => a * (1 - a),
  tanh: (z, a) => 1 - a * a,
  linear: () => 1,
};

/** A (m×n) · B (n×p). */
function matmul(A, B) {
  return A.map((row) =>
    B[0].map((_, j) => {
      let s = 0;
      for (let k = 0; k < row.length; k++) s += row[k] * B[k][j];
      return s;
    }),
  );
}

function transpose(A) {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

/**
 * Backpropagation through a fully connected network with a softmax cross-entropy loss.
 *
 * @param {number[][]} X - m×n input, one example per row
 * @param {number[]} labels - m class indices
 * @param {{ W: number[][], b: number[], activation: string }[]} layers - the last one is 'linear' (logits)
 * @returns {{ loss: number, dW: number[][][], db: number[][] }}
 */
export function mlpBackward(X, labels, layers) {
  const m = X.length;

  // Forward pass, keeping every Z and A: A[0] = X, Z[l] = A[l]·W + b, A[l+1] = g(Z[l]).
  const A = [X];
  const Z = [];
  for (const { W, b, activation } of layers) {
    const z = matmul(A[A.length - 1], W).map((row) => row.map((v, j) => v + b[j]));
    Z.push(z);
    A.push(z.map((row) => row.map(ACTIVATIONS[activation])));
  }

  // Softmax cross-entropy from the logits, stable: shift each row by its maximum.
  const logits = A[layers.length];
  let loss = 0;
  // dA = ∂loss/∂A of the layer being handled; for the logits it is (softmax − one-hot) / m.
  let dA = logits.map((row, i) => {
    const max = Math.max(...row);
    const exps = row.map((v) => Math.exp(v - max));
    const sum = exps.reduce((s, v) => s + v, 0);
    loss += Math.log(sum) + max - row[labels[i]];
    return exps.map((e, j) => (e / sum - (j === labels[i] ? 1 : 0)) / m);
  });
  loss /= m;

  // Backward pass, last layer first.
  const dW = [];
  const db = [];
  for (let l = layers.length - 1; l >= 0; l--) {
    const { W, activation } = layers[l];
    const gPrime = DERIVATIVES[activation];
    const dZ = dA.map((row, i) => row.map((v, j) => v * gPrime(Z[l][i][j], A[l + 1][i][j])));
    dW[l] = matmul(transpose(A[l]), dZ); // n_in × n_out, the shape of W
    db[l] = dZ[0].map((_, j) => dZ.reduce((s, row) => s + row[j], 0)); // summed over the examples
    if (l > 0) dA = matmul(dZ, transpose(W));
  }
  return { loss, dW, db };
}
