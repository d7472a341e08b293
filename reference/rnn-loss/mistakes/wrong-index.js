export const hint = {
  en: 'You index the predictions as yHats[label][t]. yHats has one row per time step: the probability of the true class at step t is yHats[t][labels[t]].',
  zh: '你把预测写成了 yHats[label][t]。yHats 每个时间步一行：第 t 步真实类别的概率是 yHats[t][labels[t]]。',
};

export function sequenceLoss(yHats, labels) {
  let loss = 0;
  for (let t = 0; t < yHats.length; t++) loss -= Math.log(yHats[labels[t]][t]);
  return loss;
}
