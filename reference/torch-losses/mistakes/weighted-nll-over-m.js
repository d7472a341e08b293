export const hint = {
  en: 'Your weighted NLL divides by the number of examples m. PyTorch divides by the total weight of the targets: Σ w[y_i]·(−x_i[y_i]) / Σ w[y_i] (the two agree only when every weight is 1).',
  zh: '你的加权 NLL 除以了样本数 m。PyTorch 除以的是目标类别权重之和：Σ w[y_i]·(−x_i[y_i]) / Σ w[y_i]（只有所有权重都为 1 时两者才相同）。',
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
  return num / target.length;
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
  for (let i = 0; i < p.length; i++) {
    const logP = Math.max(Math.log(p[i]), -100);
    const log1mP = Math.max(Math.log1p(-p[i]), -100);
    const w = weight ? weight[i] : 1;
    sum += -w * (t[i] * logP + (1 - t[i]) * log1mP);
  }
  return sum / p.length;
}
