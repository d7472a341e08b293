export const hint = {
  en: 'You scale the scores by √d with d the width of V. The scale is √d_k, the width of K (and of Q): the dot product q·k sums d_k terms, which is why it grows with d_k.',
  zh: '你用 V 的宽度作为 √d 来缩放分数。缩放因子是 √d_k，即 K（以及 Q）的宽度：点积 q·k 是 d_k 项之和，所以它随 d_k 增大。',
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
        scores.push(dot(q, k) / Math.sqrt(dv));
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
