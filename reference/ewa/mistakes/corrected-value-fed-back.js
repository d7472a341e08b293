export const hint = {
  en: 'You store the bias-corrected value back into v and continue the recursion from it. The correction is only for the output: keep v_t = β·v_{t−1} + (1 − β)·θ_t uncorrected and return v_t / (1 − β^t).',
  zh: '你把偏差修正后的值存回 v，并用它继续递推。修正只作用于输出：递推用未修正的 v_t = β·v_{t−1} + (1 − β)·θ_t，返回 v_t / (1 − β^t)。',
};

export function exponentialAverage(values, beta, biasCorrection) {
  const out = [];
  let v = 0;
  for (let t = 1; t <= values.length; t++) {
    v = beta * v + (1 - beta) * values[t - 1];
    if (biasCorrection) v = v / (1 - beta ** t);
    out.push(v);
  }
  return out;
}
