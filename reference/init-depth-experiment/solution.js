/**
 * An nIn×nOut weight matrix (the weight-init exercise): randn() once per element, row by row.
 *
 * @param {string} scheme - 'zeros' | 'small' | 'xavier' | 'he' | 'glorot'
 * @param {number} nIn
 * @param {number} nOut
 * @param {() => number} randn
 * @returns {number[][]}
 */
function initWeights(scheme, nIn, nOut, randn) {
  if (scheme === 'zeros') return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  let scale;
  if (scheme === 'small') scale = 0.01;
  else if (scheme === 'xavier') scale = Math.sqrt(1 / nIn);
  else if (scheme === 'he') scale = Math.sqrt(2 / nIn);
  else if (scheme === 'glorot') scale = Math.sqrt(2 / (nIn + nOut));
  else throw new Error(`unknown initialization scheme '${scheme}'`);
  const W = [];
  for (let i = 0; i < nIn; i++) {
    const row = [];
    for (let j = 0; j < nOut; j++) row.push(scale * randn());
    W.push(row);
  }
  return W;
}

/**
 * How the size of the activations evolves through a deep ReLU network at initialization.
 *
 * @param {number[][]} X - m×n input, one example per row
 * @param {number} depth - number of layers
 * @param {number} width - units per layer
 * @param {string} scheme - initialization of every layer's weights (biases are 0)
 * @param {() => number} randn - standard normal numbers, consumed layer by layer
 * @returns {number[]} the Frobenius norm of each layer's output after its ReLU
 */
export function activationNormsByDepth(X, depth, width, scheme, randn) {
  const norms = [];
  let A = X;
  for (let l = 0; l < depth; l++) {
    const W = initWeights(scheme, A[0].length, width, randn);
    // A ← relu(A·W): biases are 0
    A = A.map((row) =>
      W[0].map((_, j) => {
        let z = 0;
        for (let k = 0; k < row.length; k++) z += row[k] * W[k][j];
        return Math.max(0, z);
      }),
    );
    let sumSq = 0;
    for (const row of A) for (const a of row) sumSq += a * a;
    norms.push(Math.sqrt(sumSq));
  }
  return norms;
}
