export const hint = {
  en: 'You divide the context vector by T′. The weights already say how much each step counts: c = Σ_t′ α<t′> a<t′>, the plain weighted sum, no division.',
  zh: '你把上下文向量除以了 T′。权重已经决定了每一步的分量：c = Σ_t′ α<t′> a<t′>，就是普通的加权和，不要再除。',
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
  const T = as.length;
  const c = as[0].map(() => 0);
  as.forEach((a, t) => {
    a.forEach((v, j) => {
      c[j] += (alphas[t] * v) / T;
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
        scores.push(dot(q, k) / Math.sqrt(dk));
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

