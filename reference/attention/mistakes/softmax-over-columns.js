export const hint = {
  en: 'Your softmax runs down the columns of the score matrix (over the queries). Each query needs its own distribution over the keys: apply the softmax to each row of Q·Kᵀ/√d_k, so that row i of the weights sums to 1.',
  zh: '你的 softmax 是沿分数矩阵的列（对查询）计算的。每个查询需要自己在键上的分布：对 Q·Kᵀ/√d_k 的每一行做 softmax，使权重的第 i 行之和为 1。',
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
  const nq = Q.length;
  const nk = K.length;
  const scores = Q.map((q) => K.map((k) => dot(q, k) / Math.sqrt(dk)));
  const weights = Q.map(() => new Array(nk).fill(0));
  for (let j = 0; j < nk; j++) {
    const rows = [];
    for (let i = 0; i < nq; i++) if (!mask || mask[i][j]) rows.push(i);
    if (rows.length === 0) continue;
    const w = softmax(rows.map((i) => scores[i][j]));
    rows.forEach((i, n) => {
      weights[i][j] = w[n];
    });
  }
  return matMul(weights, V);
}
