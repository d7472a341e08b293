export const hint = {
  en: 'You swapped the two distances: the loss must push the anchor towards the positive and away from the negative, so it is max(‖a − p‖² − ‖a − n‖² + margin, 0), the positive distance first.',
  zh: '你把两个距离弄反了：损失要让锚点靠近正样本、远离负样本，所以是 max(‖a − p‖² − ‖a − n‖² + margin, 0)，正样本的距离在前。',
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
    total += Math.max(negDist - posDist + margin, 0);
  }
  return total / m;
}
