export const hint = {
  en: 'Your update is sequential: you change w and then compute the gradient for b with the new w. Compute both derivatives at the current (w, b) first, then update both.',
  zh: '你的更新是顺序的：先改了 w，再用新的 w 计算 b 的梯度。应先在当前的 (w, b) 处算出两个导数，再同时更新两者。',
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
    w -= lr * dw;
    let sumErrNew = 0;
    for (let i = 0; i < m; i++) sumErrNew += w * x[i] + b - y[i];
    b -= lr * (2 / m) * sumErrNew;
  }
  return { w, b, losses };
}
