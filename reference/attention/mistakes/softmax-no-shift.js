export const hint = {
  en: 'Your softmax exponentiates the scores directly, so e^1000 overflows to Infinity and you get NaN. Subtract the largest score before exponentiating: softmax(e) = softmax(e − max e).',
  zh: '你的 softmax 直接对分数取指数，e^1000 溢出为 Infinity，结果是 NaN。取指数前先减去最大的分数：softmax(e) = softmax(e − max e)。',
};

function softmax(z) {
  const e = z.map((v) => Math.exp(v));
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

