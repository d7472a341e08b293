export const hint = {
  en: 'Your scores are not scaled: divide every dot product by √d_k, scores = Q·Kᵀ / √d_k, with d_k the width of K (the length of each query and key). Without it, large d_k makes the softmax nearly one-hot.',
  zh: '你的分数没有缩放：每个点积都要除以 √d_k，scores = Q·Kᵀ / √d_k，d_k 是 K 的宽度（每个查询和键的长度）。不缩放时，d_k 较大会让 softmax 几乎变成 one-hot。',
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
  const dv = V[0].length;
  return Q.map((q, i) => {
    const keys = [];
    const scores = [];
    K.forEach((k, j) => {
      if (!mask || mask[i][j]) {
        keys.push(j);
        scores.push(dot(q, k));
      }
    });
    const out = new Array(dv).fill(0);
    if (keys.length === 0) return out;
    const weights = softmax(scores);
    keys.forEach((j, n) => {
      for (let d = 0; d < dv; d++) out[d] += weights[n] * V[j][d];
    });
    return out;
  });
}
