export const hint = {
  en: 'You mask with a large negative number (such as −1e9) instead of excluding the keys: partly masked rows come out right, but a query with every key masked gets equal weights, the mean of V’s rows. Such a query must give a row of d_v zeros.',
  zh: '你用一个很大的负数（例如 −1e9）做掩码，而不是排除这些键：部分被掩码的行是对的，但所有键都被掩码的查询得到相等的权重，即 V 各行的平均。这样的查询必须返回 d_v 个零。',
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
  const scores = Q.map((q, i) => K.map((k, j) => (mask && !mask[i][j] ? -1e9 : dot(q, k) / Math.sqrt(dk))));
  const weights = scores.map(softmax);
  return matMul(weights, V);
}
