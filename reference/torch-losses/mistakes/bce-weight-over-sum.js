export const hint = {
  en: 'Your weighted BCE divides by the sum of the weights. In BCELoss the weight only rescales each element and the mean is over the m elements: Σ w_i·ℓ_i / m (unlike NLLLoss, which divides by Σ w[y_i]).',
  zh: '你的加权 BCE 除以了权重之和。在 BCELoss 中权重只是缩放每个元素，平均是对 m 个元素取的：Σ w_i·ℓ_i / m（与除以 Σ w[y_i] 的 NLLLoss 不同）。',
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
  const max = Math.max(...row);
  let sum = 0;
  for (const z of row) sum += Math.exp(z - max);
  const logSumExp = max + Math.log(sum);
  return row.map((z) => z - logSumExp);
}

export function crossEntropyLoss(logits, target, weight) {
  return nllLoss(logits.map(logSoftmax), target, weight);
}

export function bceLoss(p, t, weight) {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < p.length; i++) {
    total += weight ? weight[i] : 1;
    const logP = Math.max(Math.log(p[i]), -100);
    const log1mP = Math.max(Math.log1p(-p[i]), -100);
    const w = weight ? weight[i] : 1;
    sum += -w * (t[i] * logP + (1 - t[i]) * log1mP);
  }
  return sum / total;
}
