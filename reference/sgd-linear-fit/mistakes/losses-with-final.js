export const hint = {
  en: 'Your losses have epochs + 1 entries: the loss before each update and the one after the last. Here losses[e] is the loss before update e only, so there are exactly `epochs` of them.',
  zh: '你的 losses 有 epochs + 1 项：每次更新前的损失，再加上最后一次更新后的损失。这里 losses[e] 只是第 e 次更新之前的损失，所以恰好有 `epochs` 项。',
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
    losses.push(sumSq / m); // the loss at the parameters this update starts from
    const dw = (2 / m) * sumErrX; // ∂L/∂w of L = (1/m) Σ (w·x + b − y)²
    const db = (2 / m) * sumErr;
    w -= lr * dw;
    b -= lr * db;
  }
  let last = 0;
  for (let i = 0; i < m; i++) last += (w * x[i] + b - y[i]) ** 2;
  losses.push(last / m);
  return { w, b, losses };
}
