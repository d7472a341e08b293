export const hint = {
  en: 'You ignore the mask. Where mask[i][j] is false, key j must be left out of query i’s softmax entirely (weight exactly 0), and the remaining weights renormalized.',
  zh: '你忽略了掩码。mask[i][j] 为 false 时，键 j 必须完全排除在查询 i 的 softmax 之外（权重恰好为 0），其余权重重新归一化。',
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
  const scores = Q.map((q) => K.map((k) => dot(q, k) / Math.sqrt(dk)));
  const weights = scores.map(softmax);
  return matMul(weights, V);
}
