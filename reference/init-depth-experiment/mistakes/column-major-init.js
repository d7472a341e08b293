export const hint = {
  en: "Your weights are drawn column by column. The scale is right, but initWeights must call randn() row by row (W[0][0], W[0][1], …, then W[1][0], …), so the network is the same as the reference's.",
  zh: '你的权重是按列抽取的。缩放是对的，但 initWeights 必须按行调用 randn()（W[0][0]、W[0][1]、…，然后 W[1][0]、…），这样网络才与参考答案相同。',
};

function initWeights(scheme, nIn, nOut, randn) {
  const W = Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  if (scheme === 'zeros') return W;
  const v = { small: 1e-4, xavier: 1 / nIn, he: 2 / nIn, glorot: 2 / (nIn + nOut) }[scheme];
  if (v === undefined) throw new Error(`unknown scheme ${scheme}`);
  const s = scheme === 'small' ? 0.01 : Math.sqrt(v);
  for (let j = 0; j < nOut; j++) for (let i = 0; i < nIn; i++) W[i][j] = s * randn();
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
    norms.push(frobenius(A));
  }
  return norms;
}
