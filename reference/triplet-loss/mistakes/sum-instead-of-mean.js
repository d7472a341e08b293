export const hint = {
  en: 'You return the sum of the per-row losses (as the course assignment does). This exercise takes the mean over the rows, like PyTorch’s default reduction: divide the sum by m, the number of rows.',
  zh: '你返回的是各行损失之和（课程作业中的写法）。本题按 PyTorch 的默认约简取各行的平均值：把总和除以行数 m。',
};

export function tripletLoss(anchor, positive, negative, margin) {
  let total = 0;
  for (let i = 0; i < anchor.length; i++) {
    let posDist = 0;
    let negDist = 0;
    for (let j = 0; j < anchor[i].length; j++) {
      posDist += (anchor[i][j] - positive[i][j]) ** 2;
      negDist += (anchor[i][j] - negative[i][j]) ** 2;
    }
    total += Math.max(posDist - negDist + margin, 0);
  }
  return total;
}
