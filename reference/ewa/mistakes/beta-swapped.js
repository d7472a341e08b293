export const hint = {
  en: 'You weight the new value by β and the past by (1 − β). It is the other way round: v_t = β·v_{t−1} + (1 − β)·θ_t, so a β close to 1 averages over many values (about 1/(1 − β)).',
  zh: '你给新值的权重是 β，给过去的权重是 (1 − β)，正好反了：v_t = β·v_{t−1} + (1 − β)·θ_t，β 接近 1 时是对很多个值（约 1/(1 − β) 个）求平均。',
};

export function exponentialAverage(values, beta, biasCorrection) {
  const out = [];
  let v = 0;
  for (let t = 1; t <= values.length; t++) {
    v = (1 - beta) * v + beta * values[t - 1];
    out.push(biasCorrection ? v / (1 - beta ** t) : v);
  }
  return out;
}
