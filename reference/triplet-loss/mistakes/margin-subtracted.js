export const hint = {
  en: 'You subtract the margin. The negative must be farther than the positive by at least the margin, so the margin is added: max(‖a − p‖² − ‖a − n‖² + margin, 0).',
  zh: '你把 margin 减掉了。负样本要比正样本至少远 margin，所以 margin 是加上的：max(‖a − p‖² − ‖a − n‖² + margin, 0)。',
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
    total += Math.max(posDist - negDist - margin, 0);
  }
  return total / m;
}
