export const hint = {
  en: 'You record the loss after each update. losses[e] is the loss before update e, at the parameters the update starts from: losses[0] is the loss at w = b = 0.',
  zh: '你记录的是每次更新之后的损失。losses[e] 是第 e 次更新之前的损失，即本次更新出发点处的损失：losses[0] 是 w = b = 0 处的损失。',
};

/**
 * Fit f(x) = w·x + b by full-batch gradient descent on the mean squared error (PyTorch's
 * MSELoss: the mean of (f − y)², no ½), starting from w = b = 0.
 *
 * @param {number[]} x - m inputs
 * @param {number[]} y - m targets
 * @param {number} lr - learning rate
 * @param {number} epochs - number of updates
 * @returns {{ w: number, b: number, losses: number[] }} the parameters after the last update
 *   and the loss before each update
 */
export function trainLinear(x, y, lr, epochs) {
  const m = x.length;
  let w = 0;
  let b = 0;
  const losses = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    let sumSq = 0;
    let sumErrX = 0;
    let sumErr = 0;
    for (let i = 0; i < m; i++) {
      const err = w * x[i] + b - y[i];
      sumSq += err * err;
      sumErrX += err * x[i];
      sumErr += err;
    }
    const dw = (2 / m) * sumErrX; // ∂L/∂w of L = (1/m) Σ (w·x + b − y)²
    const db = (2 / m) * sumErr;
    w -= lr * dw;
    b -= lr * db;
    let after = 0;
    for (let i = 0; i < m; i++) after += (w * x[i] + b - y[i]) ** 2;
    losses.push(after / m);
  }
  return { w, b, losses };
}
