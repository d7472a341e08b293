export const hint = {
  en: 'Your mseLoss has a factor ½ (the 1/(2m) of the cost in the notes). PyTorch MSELoss is the plain mean of the squared errors: Σ (x − y)² / n.',
  zh: '你的 mseLoss 多了一个 ½（即笔记中代价函数的 1/(2m)）。PyTorch 的 MSELoss 就是平方误差的普通平均：Σ (x − y)² / n。',
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
  return sum / (2 * a.length);
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
    const logP = Math.max(Math.log(p[i]), -100);
    const log1mP = Math.max(Math.log1p(-p[i]), -100);
    const w = weight ? weight[i] : 1;
    sum += -w * (t[i] * logP + (1 - t[i]) * log1mP);
  }
  return sum / p.length;
}
