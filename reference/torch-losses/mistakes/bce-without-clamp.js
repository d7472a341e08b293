export const hint = {
  en: 'Your BCE takes log(0) when a probability is exactly 0 or 1: −Infinity, and 0·(−Infinity) = NaN. PyTorch clamps each log at −100: use Math.max(Math.log(p), -100) and Math.max(Math.log(1 - p), -100).',
  zh: '当概率恰好为 0 或 1 时，你的 BCE 计算了 log(0)：得到 −Infinity，而 0·(−Infinity) = NaN。PyTorch 把每个对数截断在 −100：用 Math.max(Math.log(p), -100) 和 Math.max(Math.log(1 - p), -100)。',
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
  for (let i = 0; i < p.length; i++) {
    const logP = Math.log(p[i]);
    const log1mP = Math.log(1 - p[i]);
    const w = weight ? weight[i] : 1;
    sum += -w * (t[i] * logP + (1 - t[i]) * log1mP);
  }
  return sum / p.length;
}
