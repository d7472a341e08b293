export const hint = {
  en: 'Your log-softmax exponentiates the raw logits: e^1000 is Infinity and the loss becomes Infinity or NaN. Shift each row by its maximum: log Σ_k e^(z_k) = max + log Σ_k e^(z_k − max).',
  zh: '你的 log-softmax 直接对原始 logits 取指数：e^1000 是 Infinity，损失变成 Infinity 或 NaN。请先减去每行的最大值：log Σ_k e^(z_k) = max + log Σ_k e^(z_k − max)。',
};

function flat(a) {
  return Array.isArray(a) ? a.flatMap(flat) : [a];
}

export function l1Loss(x, y) {
  const a = flat(x);
  const b = flat(y);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}

export function mseLoss(x, y) {
  const a = flat(x);
  const b = flat(y);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return sum / a.length;
}

export function nllLoss(logProbs, target, weight) {
  let num = 0;
  let den = 0;
  for (let i = 0; i < target.length; i++) {
    const c = target[i];
    const w = weight ? weight[c] : 1;
    num += -w * logProbs[i][c];
    den += w;
  }
  return num / den;
}

function logSoftmax(row) {
  let sum = 0;
  for (const z of row) sum += Math.exp(z);
  const logSumExp = Math.log(sum);
  return row.map((z) => z - logSumExp);
}

export function crossEntropyLoss(logits, target, weight) {
  return nllLoss(logits.map(logSoftmax), target, weight);
}

export function bceLoss(p, t, weight) {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const logP = Math.max(Math.log(p[i]), -100);
    const log1mP = Math.max(Math.log1p(-p[i]), -100);
    const w = weight ? weight[i] : 1;
    sum += -w * (t[i] * logP + (1 - t[i]) * log1mP);
  }
  return sum / p.length;
}
