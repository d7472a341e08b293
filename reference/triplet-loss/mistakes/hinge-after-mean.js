export const hint = {
  en: 'You take max(·, 0) of the mean instead of the mean of max(·, 0): well-separated triplets cancel the loss of the hard ones. Apply the hinge to each row, then average: 1/m Σ_i max(‖a_i − p_i‖² − ‖a_i − n_i‖² + margin, 0).',
  zh: '你对平均值取 max(·, 0)，而不是对每行取 max(·, 0) 后再平均：已经分开的三元组抵消了难例的损失。应先对每一行取 hinge，再求平均：1/m Σ_i max(‖a_i − p_i‖² − ‖a_i − n_i‖² + margin, 0)。',
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
  return Math.max(total / m, 0);
}
