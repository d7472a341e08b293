export const hint = {
  en: 'With biasCorrection = true every output must be divided by (1 − β^t): v_t / (1 − β^t). Yours returns the raw v_t, which starts far too close to 0.',
  zh: 'biasCorrection = true 时，每个输出都要除以 (1 − β^t)：v_t / (1 − β^t)。你返回的是未修正的 v_t，它在开头离 0 太近。',
};

export function exponentialAverage(values, beta, biasCorrection) {
  const out = [];
  let v = 0;
  for (const theta of values) {
    v = beta * v + (1 - beta) * theta;
    out.push(v);
  }
  return out;
}
