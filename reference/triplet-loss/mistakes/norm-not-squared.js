export const hint = {
  en: 'You use the distances ‖a − p‖ and ‖a − n‖ (with a square root). The triplet loss of the notes uses squared distances: max(‖a − p‖² − ‖a − n‖² + margin, 0) with ‖a − p‖² = Σ_j (a_j − p_j)², no Math.sqrt.',
  zh: '你用的是距离 ‖a − p‖ 和 ‖a − n‖（开了平方根）。讲义中的三元组损失用的是距离的平方：max(‖a − p‖² − ‖a − n‖² + margin, 0)，其中 ‖a − p‖² = Σ_j (a_j − p_j)²，不要 Math.sqrt。',
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
    total += Math.max(Math.sqrt(posDist) - Math.sqrt(negDist) + margin, 0);
  }
  return total / m;
}
