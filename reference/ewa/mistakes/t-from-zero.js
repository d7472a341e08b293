export const hint = {
  en: 'Your bias correction uses β^i with the array index i = 0, 1, …, so the first output is divided by 1 − β^0 = 0. t counts from 1: divide the i-th output by 1 − β^(i+1).',
  zh: '你的偏差修正用了数组下标 i = 0, 1, … 作为指数，第一个输出被除以 1 − β^0 = 0。t 从 1 开始：第 i 个输出除以 1 − β^(i+1)。',
};

export function exponentialAverage(values, beta, biasCorrection) {
  const out = [];
  let v = 0;
  for (let i = 0; i < values.length; i++) {
    v = beta * v + (1 - beta) * values[i];
    out.push(biasCorrection ? v / (1 - beta ** i) : v);
  }
  return out;
}
