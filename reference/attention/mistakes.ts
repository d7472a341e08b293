import { defineMistakes } from '../../src/lib/engine/mistakes';

// Edits several mistakes below share (each mistake still lists all of its edits).
const ADD_MAT_MUL = {
  find: `}

/**
 * Attention weights: the softmax of a vector of scores e<t'>.`,
  replace: `}
function matMul(A, B) {
  return A.map((row) => B[0].map((_, c) => row.reduce((s, a, k) => s + a * B[k][c], 0)));
}

/**
 * Attention weights: the softmax of a vector of scores e<t'>.`,
};

const DROP_MASKED_LOOP = {
  find: `}
    });
    const out = new Array(dv).fill(0);
    if (keys.length === 0) return out; // every key masked: nothing to attend to
    const weights = softmax(scores);
    keys.forEach((j, n) => {
      for (let d = 0; d < dv; d++) out[d] += weights[n] * V[j][d];
    });
    return out;
  });
}`,
  replace: '}',
};

export default defineMistakes([
  {
    name: 'context-divided-by-length',
    hint: {
      en: 'You divide the context vector by T′. The weights already say how much each step counts: c = Σ_t′ α<t′> a<t′>, the plain weighted sum, no division.',
      zh: '你把上下文向量除以了 T′。权重已经决定了每一步的分量：c = Σ_t′ α<t′> a<t′>，就是普通的加权和，不要再除。',
    },
    edits: [
      {
        find: 'export function contextVector(alphas, as) {',
        replace: `export function contextVector(alphas, as) {
  const T = as.length;`,
      },
      { find: 'c[j] += alphas[t] * v;', replace: 'c[j] += (alphas[t] * v) / T;' },
    ],
  },
  {
    name: 'dk-from-v',
    hint: {
      en: 'You scale the scores by √d with d the width of V. The scale is √d_k, the width of K (and of Q): the dot product q·k sums d_k terms, which is why it grows with d_k.',
      zh: '你用 V 的宽度作为 √d 来缩放分数。缩放因子是 √d_k，即 K（以及 Q）的宽度：点积 q·k 是 d_k 项之和，所以它随 d_k 增大。',
    },
    edits: [
      { find: 'scores.push(dot(q, k) / Math.sqrt(dk));', replace: 'scores.push(dot(q, k) / Math.sqrt(dv));' },
    ],
  },
  {
    name: 'mask-ignored',
    hint: {
      en: 'You ignore the mask. Where mask[i][j] is false, key j must be left out of query i’s softmax entirely (weight exactly 0), and the remaining weights renormalized.',
      zh: '你忽略了掩码。mask[i][j] 为 false 时，键 j 必须完全排除在查询 i 的 softmax 之外（权重恰好为 0），其余权重重新归一化。',
    },
    edits: [
      ADD_MAT_MUL,
      {
        find: `const dv = V[0].length;
  return Q.map((q, i) => {
    const keys = [];
    const scores = [];
    K.forEach((k, j) => {
      if (!mask || mask[i][j]) {
        keys.push(j);
        scores.push(dot(q, k) / Math.sqrt(dk));`,
        replace: `const scores = Q.map((q) => K.map((k) => dot(q, k) / Math.sqrt(dk)));
  const weights = scores.map(softmax);
  return matMul(weights, V);`,
      },
      DROP_MASKED_LOOP,
    ],
  },
  {
    name: 'mask-zero-scores',
    hint: {
      en: 'You set the masked scores to 0, but e^0 = 1 still gives those keys weight. Leave masked keys out of the softmax (or give them a score of −∞, so that e^−∞ = 0); a query with every key masked then gets zeros.',
      zh: '你把被掩码的分数设为 0，但 e^0 = 1 仍然给了这些键权重。应把被掩码的键排除在 softmax 之外（或把分数设为 −∞，使 e^−∞ = 0）；所有键都被掩码的查询结果为零。',
    },
    edits: [
      ADD_MAT_MUL,
      {
        find: `const dv = V[0].length;
  return Q.map((q, i) => {
    const keys = [];
    const scores = [];
    K.forEach((k, j) => {
      if (!mask || mask[i][j]) {
        keys.push(j);
        scores.push(dot(q, k) / Math.sqrt(dk));`,
        replace: `const scores = Q.map((q, i) => K.map((k, j) => (mask && !mask[i][j] ? 0 : dot(q, k) / Math.sqrt(dk))));
  const weights = scores.map(softmax);
  return matMul(weights, V);`,
      },
      DROP_MASKED_LOOP,
    ],
  },
  {
    name: 'masked-row-nan',
    hint: {
      en: 'A query whose keys are all masked gives NaN: every score is −∞, the maximum is −∞ and −∞ − (−∞) = NaN. Check for a row with no allowed key and return d_v zeros for it.',
      zh: '所有键都被掩码的查询得到 NaN：每个分数都是 −∞，最大值是 −∞，而 −∞ − (−∞) = NaN。检查没有任何可用键的行，对它返回 d_v 个零。',
    },
    edits: [
      ADD_MAT_MUL,
      {
        find: `const dv = V[0].length;
  return Q.map((q, i) => {
    const keys = [];
    const scores = [];
    K.forEach((k, j) => {
      if (!mask || mask[i][j]) {
        keys.push(j);
        scores.push(dot(q, k) / Math.sqrt(dk));`,
        replace: `const scores = Q.map((q, i) => K.map((k, j) => (mask && !mask[i][j] ? -Infinity : dot(q, k) / Math.sqrt(dk))));
  const weights = scores.map(softmax);
  return matMul(weights, V);`,
      },
      DROP_MASKED_LOOP,
    ],
  },
  {
    name: 'masked-row-uniform',
    hint: {
      en: 'You mask with a large negative number (such as −1e9) instead of excluding the keys: partly masked rows come out right, but a query with every key masked gets equal weights, the mean of V’s rows. Such a query must give a row of d_v zeros.',
      zh: '你用一个很大的负数（例如 −1e9）做掩码，而不是排除这些键：部分被掩码的行是对的，但所有键都被掩码的查询得到相等的权重，即 V 各行的平均。这样的查询必须返回 d_v 个零。',
    },
    edits: [
      ADD_MAT_MUL,
      {
        find: `const dv = V[0].length;
  return Q.map((q, i) => {
    const keys = [];
    const scores = [];
    K.forEach((k, j) => {
      if (!mask || mask[i][j]) {
        keys.push(j);
        scores.push(dot(q, k) / Math.sqrt(dk));`,
        replace: `const scores = Q.map((q, i) => K.map((k, j) => (mask && !mask[i][j] ? -1e9 : dot(q, k) / Math.sqrt(dk))));
  const weights = scores.map(softmax);
  return matMul(weights, V);`,
      },
      DROP_MASKED_LOOP,
    ],
  },
  {
    name: 'softmax-no-shift',
    hint: {
      en: 'Your softmax exponentiates the scores directly, so e^1000 overflows to Infinity and you get NaN. Subtract the largest score before exponentiating: softmax(e) = softmax(e − max e).',
      zh: '你的 softmax 直接对分数取指数，e^1000 溢出为 Infinity，结果是 NaN。取指数前先减去最大的分数：softmax(e) = softmax(e − max e)。',
    },
    edits: [
      {
        find: `const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));`,
        replace: 'const e = z.map((v) => Math.exp(v));',
      },
    ],
  },
  {
    name: 'unscaled-scores',
    hint: {
      en: 'Your scores are not scaled: divide every dot product by √d_k, scores = Q·Kᵀ / √d_k, with d_k the width of K (the length of each query and key). Without it, large d_k makes the softmax nearly one-hot.',
      zh: '你的分数没有缩放：每个点积都要除以 √d_k，scores = Q·Kᵀ / √d_k，d_k 是 K 的宽度（每个查询和键的长度）。不缩放时，d_k 较大会让 softmax 几乎变成 one-hot。',
    },
    edits: [
      { find: 'scores.push(dot(q, k) / Math.sqrt(dk));', replace: 'scores.push(dot(q, k));' },
    ],
  },
]);
