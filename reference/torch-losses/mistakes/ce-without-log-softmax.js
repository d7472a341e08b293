export const hint = {
  en: 'Your crossEntropyLoss hands the raw logits straight to nllLoss. NLL expects log-probabilities: apply log-softmax to each row first, z − (max + log Σ_k e^(z_k − max)), then take the NLL.',
  zh: '你的 crossEntropyLoss 把原始 logits 直接交给了 nllLoss。NLL 需要的是对数概率：先对每一行做 log-softmax，即 z − (max + log Σ_k e^(z_k − max))，再计算 NLL。',
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
  return nllLoss(logits, target, weight);
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
