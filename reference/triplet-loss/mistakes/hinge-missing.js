export const hint = {
  en: 'You average ‖a − p‖² − ‖a − n‖² + margin without the hinge, so a well-separated triplet contributes a negative amount (the loss can even be negative). Clip each row at 0 first: max(‖a − p‖² − ‖a − n‖² + margin, 0), then take the mean.',
  zh: '你直接对 ‖a − p‖² − ‖a − n‖² + margin 求平均，没有取 max(·, 0)，于是已经分开的三元组贡献了负值（损失甚至会是负数）。先对每一行截断到 0：max(‖a − p‖² − ‖a − n‖² + margin, 0)，再求平均。',
};

export function tripletLoss(anchor, positive, negative, margin) {
  const m = anchor.length;
  let total = 0;
  for (let i = 0; i < m; i++) {
    let posDist = 0;
    let negDist = 0;
    for (let j = 0; j < anchor[i].length; j++) {
      posDist += (anchor[i][j] - positive[i][j]) ** 2;
      negDist += (anchor[i][j] - negative[i][j]) ** 2;
    }
    total += posDist - negDist + margin;
  }
  return total / m;
}
