export const hint = {
  en: 'A query whose keys are all masked gives NaN: every score is −∞, the maximum is −∞ and −∞ − (−∞) = NaN. Check for a row with no allowed key and return d_v zeros for it.',
  zh: '所有键都被掩码的查询得到 NaN：每个分数都是 −∞，最大值是 −∞，而 −∞ − (−∞) = NaN。检查没有任何可用键的行，对它返回 d_v 个零。',
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
  const scores = Q.map((q, i) => K.map((k, j) => (mask && !mask[i][j] ? -Infinity : dot(q, k) / Math.sqrt(dk))));
  const weights = scores.map(softmax);
  return matMul(weights, V);
}
