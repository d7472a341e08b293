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

/** P·Q for P a×b and Q b×c. */
function matmul(P, Q) {
  return P.map((row) =>
    Q[0].map((_, j) => {
      let s = 0;
      for (let k = 0; k < row.length; k++) s += row[k] * Q[k][j];
      return s;
    }),
  );
}

const transpose = (P) => P[0].map((_, j) => P.map((row) => row[j]));

function frobenius(P) {
  let sumSq = 0;
  for (const row of P) for (const p of row) sumSq += p * p;
  return Math.sqrt(sumSq);
}

/**
 * The gradient norms of a deep ReLU network at initialization, layer by layer, for ℓ = Σ A^[depth].
 *
 * @param {number[][]} X - m×n input, one example per row
 * @param {number} depth - number of layers
 * @param {number} width - units per layer
 * @param {string} scheme - initialization of every layer's weights (biases are 0)
 * @param {() => number} randn - standard normal numbers, consumed layer by layer
 * @returns {{ weightGradNorms: number[], inputGradNorms: number[] }} layer 1 first
 */
export function gradientNormsByDepth(X, depth, width, scheme, randn) {
  // forward: keep each layer's input, weights and pre-activation
  const inputs = [];
  const weights = [];
  const preActivations = [];
  let A = X;
  for (let l = 0; l < depth; l++) {
    const W = initWeights(scheme, A[0].length, width, randn);
    const Z = matmul(A, W);
    inputs.push(A);
    weights.push(W);
    preActivations.push(Z);
    A = Z.map((row) => row.map((z) => Math.max(0, z)));
  }
  // backward from ∂ℓ/∂A^[depth] = 1
  const weightGradNorms = new Array(depth);
  const inputGradNorms = new Array(depth);
  let G = A.map((row) => row.map(() => 1));
  for (let l = depth - 1; l >= 0; l--) {
    const Z = preActivations[l];
    const dZ = G.map((row, i) => row.map((g, j) => (Z[i][j] > 0 ? g : 0)));
    weightGradNorms[l] = frobenius(matmul(transpose(inputs[l]), dZ));
    G = matmul(dZ, transpose(weights[l]));
    inputGradNorms[l] = frobenius(G);
  }
  return { weightGradNorms, inputGradNorms };
}
