export const hint = {
  en: 'You divide the loss by T (a mean over time steps). The sequence loss of the notes is the sum over time: L = Σ_t −log ŷ_t[label_t], with no 1/T.',
  zh: '你把损失除以了 T（对时间步取平均）。笔记中序列的损失是对时间求和：L = Σ_t −log ŷ_t[label_t]，没有 1/T。',
};

export function sequenceLoss(yHats, labels) {
  let loss = 0;
  for (let t = 0; t < yHats.length; t++) loss -= Math.log(yHats[t][labels[t]]);
  return loss / yHats.length;
}
