export const hint = {
  en: 'You set the masked scores to 0, but e^0 = 1 still gives those keys weight. Leave masked keys out of the softmax (or give them a score of −∞, so that e^−∞ = 0); a query with every key masked then gets zeros.',
  zh: '你把被掩码的分数设为 0，但 e^0 = 1 仍然给了这些键权重。应把被掩码的键排除在 softmax 之外（或把分数设为 −∞，使 e^−∞ = 0）；所有键都被掩码的查询结果为零。',
};

function softmax(z) {
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

function dot(u, v) {
  return u.reduce((s, x, i) => s + x * v[i], 0);
}

function matMul(A, B) {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, a, k) => s + a * B[k][c], 0)));
}

export function attentionWeights(e) {
  return softmax(e);
}

export function contextVector(alphas, as) {
  const c = as[0].map(() => 0);
  as.forEach((a, t) => {
    a.forEach((v, j) => {
      c[j] += alphas[t] * v;
    });
  });
  return c;
}

export function scaledDotProductAttention(Q, K, V, mask) {
  const dk = K[0].length;
  const scores = Q.map((q, i) => K.map((k, j) => (mask && !mask[i][j] ? 0 : dot(q, k) / Math.sqrt(dk))));
  const weights = scores.map(softmax);
  return matMul(weights, V);
}
