import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'gradient-ascent',
    hint: {
      en: 'You add the gradient (w + α·dw), which climbs the cost. Gradient descent steps against it: w = w − α·dw, b = b − α·db.',
      zh: '你加上了梯度（w + α·dw），这会让代价上升。梯度下降要沿梯度的反方向走：w = w − α·dw，b = b − α·db。',
    },
    edits: [
      { find: 'w = w.map((wj, j) => wj - alpha * dw[j]);', replace: 'w = w.map((wj, j) => wj + alpha * dw[j]);' },
      { find: 'b = b - alpha * db;', replace: 'b = b + alpha * db;' },
    ],
  },
  {
    name: 'history-missing-initial',
    hint: {
      en: 'Your history leaves out the starting cost J(w0, b0): it has iters numbers. It must have iters + 1 costs: J(w0, b0) first, then the cost after each update.',
      zh: '你的 history 漏掉了起点的代价 J(w0, b0)：只有 iters 个数。它应有 iters + 1 个代价：先是 J(w0, b0)，然后是每次更新之后的代价。',
    },
    edits: [
      { find: 'const history = [computeCost(X, y, w, b)];', replace: 'const history = [];' },
    ],
  },
  {
    name: 'history-off-by-one',
    hint: {
      en: 'Your history records the cost before each update, so it has iters numbers and misses the cost after the last update. It must have iters + 1 costs: J(w0, b0) first, then the cost after each update.',
      zh: '你的 history 记录的是每次更新之前的代价，所以只有 iters 个数，缺少最后一次更新之后的代价。它应有 iters + 1 个代价：先是 J(w0, b0)，然后是每次更新之后的代价。',
    },
    edits: [
      { find: 'const history = [computeCost(X, y, w, b)];', replace: 'const history = [];' },
      {
        find: 'for (let k = 0; k < iters; k++) {',
        replace: `for (let k = 0; k < iters; k++) {
    history.push(computeCost(X, y, w, b));`,
      },
      {
        find: `b = b - alpha * db;
    history.push(computeCost(X, y, w, b));`,
        replace: 'b = b - alpha * db;',
      },
    ],
  },
  {
    name: 'one-over-m',
    hint: {
      en: 'The costs in your history are twice too large: your cost divides by m instead of 2m. J = 1/(2m) Σ (f − y)².',
      zh: '你的 history 中的代价大了一倍：你的代价除以了 m 而不是 2m。J = 1/(2m) Σ (f − y)²。',
    },
    edits: [
      { find: 'return sum / (2 * m);', replace: 'return sum / m;' },
    ],
  },
  {
    name: 'sequential-update-b-first',
    hint: {
      en: 'Your update is sequential: you change b first and then compute dw with the new b. Compute both derivatives at the current (w, b) first, then update w and b together (a simultaneous update).',
      zh: '你的更新是顺序的：先改了 b，再用新的 b 计算 dw。应先在当前的 (w, b) 处算出两个导数，再同时更新 w 和 b（同步更新）。',
    },
    edits: [
      {
        find: 'const { dw, db } = computeGradient(X, y, w, b);',
        replace: `b = b - alpha * computeGradient(X, y, w, b).db;
    const { dw } = computeGradient(X, y, w, b);`,
      },
      {
        find: `w = w.map((wj, j) => wj - alpha * dw[j]);
    b = b - alpha * db;`,
        replace: 'w = w.map((wj, j) => wj - alpha * dw[j]);',
      },
    ],
  },
  {
    name: 'sequential-update',
    hint: {
      en: 'Your update is sequential: you change w first and then compute db with the new w. Compute both derivatives at the current (w, b) first, then update w and b together (a simultaneous update).',
      zh: '你的更新是顺序的：先改了 w，再用新的 w 计算 db。应先在当前的 (w, b) 处算出两个导数，再同时更新 w 和 b（同步更新）。',
    },
    edits: [
      {
        find: `const { dw, db } = computeGradient(X, y, w, b);
    w = w.map((wj, j) => wj - alpha * dw[j]);
    b = b - alpha * db;`,
        replace: `w = w.map((wj, j) => wj - alpha * computeGradient(X, y, w, b).dw[j]);
    b = b - alpha * computeGradient(X, y, w, b).db;`,
      },
    ],
  },
]);
