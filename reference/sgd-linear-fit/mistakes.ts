import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'half-mse-cost',
    hint: {
      en: "Your losses and gradient are those of the chapter-1 cost J = 1/(2m) Σ (f − y)². PyTorch's MSELoss is the plain mean, L = (1/m) Σ (f − y)², with gradient ∂L/∂w = (2/m) Σ (f − y)·x.",
      zh: '你的损失和梯度是第 1 章代价 J = 1/(2m) Σ (f − y)² 的。PyTorch 的 MSELoss 是直接取平均，L = (1/m) Σ (f − y)²，梯度 ∂L/∂w = (2/m) Σ (f − y)·x。',
    },
    edits: [
      {
        find: 'losses.push(sumSq / m); // the loss at the parameters this update starts from',
        replace: 'losses.push(sumSq / (2 * m)); // the loss at the parameters this update starts from',
      },
      {
        find: 'const dw = (2 / m) * sumErrX; // ∂L/∂w of L = (1/m) Σ (w·x + b − y)²',
        replace: 'const dw = (1 / m) * sumErrX; // ∂L/∂w of L = (1/m) Σ (w·x + b − y)²',
      },
      { find: 'const db = (2 / m) * sumErr;', replace: 'const db = (1 / m) * sumErr;' },
    ],
  },
  {
    name: 'half-mse-gradient',
    hint: {
      en: "Your gradient is half of the right one: it is the gradient of ½·MSE. PyTorch's MSELoss has no ½, so L = (1/m) Σ (f − y)² and ∂L/∂w = (2/m) Σ (f − y)·x, ∂L/∂b = (2/m) Σ (f − y).",
      zh: '你的梯度只有正确值的一半：那是 ½·MSE 的梯度。PyTorch 的 MSELoss 没有 ½，所以 L = (1/m) Σ (f − y)²，∂L/∂w = (2/m) Σ (f − y)·x，∂L/∂b = (2/m) Σ (f − y)。',
    },
    edits: [
      {
        find: 'const dw = (2 / m) * sumErrX; // ∂L/∂w of L = (1/m) Σ (w·x + b − y)²',
        replace: 'const dw = (1 / m) * sumErrX; // ∂L/∂w of L = (1/m) Σ (w·x + b − y)²',
      },
      { find: 'const db = (2 / m) * sumErr;', replace: 'const db = (1 / m) * sumErr;' },
    ],
  },
  {
    name: 'loss-after-update',
    hint: {
      en: 'You record the loss after each update. losses[e] is the loss before update e, at the parameters the update starts from: losses[0] is the loss at w = b = 0.',
      zh: '你记录的是每次更新之后的损失。losses[e] 是第 e 次更新之前的损失，即本次更新出发点处的损失：losses[0] 是 w = b = 0 处的损失。',
    },
    edits: [
      {
        find: `}
    losses.push(sumSq / m); // the loss at the parameters this update starts from`,
        replace: '}',
      },
      {
        find: 'b -= lr * db;',
        replace: `b -= lr * db;
    let after = 0;
    for (let i = 0; i < m; i++) after += (w * x[i] + b - y[i]) ** 2;
    losses.push(after / m);`,
      },
    ],
  },
  {
    name: 'losses-with-final',
    hint: {
      en: 'Your losses have epochs + 1 entries: the loss before each update and the one after the last. Here losses[e] is the loss before update e only, so there are exactly `epochs` of them.',
      zh: '你的 losses 有 epochs + 1 项：每次更新前的损失，再加上最后一次更新后的损失。这里 losses[e] 只是第 e 次更新之前的损失，所以恰好有 `epochs` 项。',
    },
    edits: [
      {
        find: `}
  return { w, b, losses };`,
        replace: `}
  let last = 0;
  for (let i = 0; i < m; i++) last += (w * x[i] + b - y[i]) ** 2;
  losses.push(last / m);
  return { w, b, losses };`,
      },
    ],
  },
  {
    name: 'sequential-update',
    hint: {
      en: 'Your update is sequential: you change w and then compute the gradient for b with the new w. Compute both derivatives at the current (w, b) first, then update both.',
      zh: '你的更新是顺序的：先改了 w，再用新的 w 计算 b 的梯度。应先在当前的 (w, b) 处算出两个导数，再同时更新两者。',
    },
    edits: [
      {
        find: 'b -= lr * db;',
        replace: `let sumErrNew = 0;
    for (let i = 0; i < m; i++) sumErrNew += w * x[i] + b - y[i];
    b -= lr * (2 / m) * sumErrNew;`,
      },
    ],
  },
]);
