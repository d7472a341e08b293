export const hint = {
  en: 'You start the average at the first value (v_0 = θ_1). The notes start at v_0 = 0: v_1 = (1 − β)·θ_1, which is why the bias correction is needed.',
  zh: '你把平均值的初值设成了第一个值（v_0 = θ_1）。笔记中初值是 v_0 = 0：v_1 = (1 − β)·θ_1，正因如此才需要偏差修正。',
};

export function exponentialAverage(values, beta, biasCorrection) {
  const out = [];
  let v = values.length ? values[0] : 0;
  for (let t = 1; t <= values.length; t++) {
    v = beta * v + (1 - beta) * values[t - 1];
    out.push(biasCorrection ? v / (1 - beta ** t) : v);
  }
  return out;
}
