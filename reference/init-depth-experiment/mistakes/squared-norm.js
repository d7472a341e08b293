export const hint = {
  en: 'You return Σ a², the squared norm. The Frobenius norm is its square root: ‖A‖ = √(Σ a²).',
  zh: '你返回的是 Σ a²，即范数的平方。Frobenius 范数是它的平方根：‖A‖ = √(Σ a²)。',
};

function initWeights(scheme, nIn, nOut, randn) {
  const W = Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  if (scheme === 'zeros') return W;
  const v = { small: 1e-4, xavier: 1 / nIn, he: 2 / nIn, glorot: 2 / (nIn + nOut) }[scheme];
  if (v === undefined) throw new Error(`unknown scheme ${scheme}`);
  const s = scheme === 'small' ? 0.01 : Math.sqrt(v);
  for (let i = 0; i < nIn; i++) for (let j = 0; j < nOut; j++) W[i][j] = s * randn();
  return W;
}

const frobenius = (A) => Math.sqrt(A.reduce((s, row) => s + row.reduce((t, a) => t + a * a, 0), 0));

export function activationNormsByDepth(X, depth, width, scheme, randn) {
  const norms = [];
  let A = X;
    for (let l = 0; l < depth; l++) {
    const W = initWeights(scheme, A[0].length, width, randn);
    const Z = A.map((row) => W[0].map((_, j) => row.reduce((s, a, k) => s + a * W[k][j], 0)));
    A = Z.map((row) => row.map((z) => Math.max(0, z)));
    norms.push(frobenius(A) ** 2);
  }
  return norms;
}
