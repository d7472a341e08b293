export const hint = {
  en: 'Your bias correction divides by 1 − β^(t+1): t counts the values from 1, so the first output is v_1 / (1 − β), which equals θ_1.',
  zh: '你的偏差修正除以了 1 − β^(t+1)：t 从 1 开始计数，所以第一个输出是 v_1 / (1 − β)，恰好等于 θ_1。',
};

export function exponentialAverage(values, beta, biasCorrection) {
  const out = [];
  let v = 0;
  for (let t = 1; t <= values.length; t++) {
    v = beta * v + (1 - beta) * values[t - 1];
    out.push(biasCorrection ? v / (1 - beta ** (t + 1)) : v);
  }
  return out;
}
