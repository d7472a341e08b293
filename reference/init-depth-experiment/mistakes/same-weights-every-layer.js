export const hint = {
  en: 'You draw one width×width matrix and reuse it in every hidden layer. Each layer has its own weights: call initWeights once per layer, layer by layer (the first with nIn = the columns of X).',
  zh: '你只抽取了一个 width×width 矩阵，并在每个隐藏层重复使用。每一层都有自己的权重：逐层为每一层调用一次 initWeights（第一层的 nIn 等于 X 的列数）。',
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
  let shared = null;
  for (let l = 0; l < depth; l++) {
    const W = l === 0 ? initWeights(scheme, A[0].length, width, randn) : (shared ??= initWeights(scheme, width, width, randn));
    const Z = A.map((row) => W[0].map((_, j) => row.reduce((s, a, k) => s + a * W[k][j], 0)));
    A = Z.map((row) => row.map((z) => Math.max(0, z)));
    norms.push(frobenius(A));
  }
  return norms;
}
