import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'abs-difference',
    hint: {
      en: 'You compare |ΔJ| with epsilon and never check for divergence, so a rising cost is not caught. The cost must go down: if the new cost is above the previous one, stop with diverged: true; otherwise converged when previous − new < epsilon.',
      zh: '你用 |ΔJ| 与 epsilon 比较，并且从不检查发散，所以代价上升没有被发现。代价必须下降：新代价高于上一次代价时，以 diverged: true 停止；否则当 上一次 − 新代价 < epsilon 时收敛。',
    },
    edits: [
      {
        find: `if (cost > prev) return { w, b, iters, converged: false, diverged: true };
    if (prev - cost < epsilon) return { w, b, iters, converged: true, diverged: false };`,
        replace: 'if (Math.abs(prev - cost) < epsilon) return { w, b, iters, converged: true, diverged: false };',
      },
    ],
  },
  {
    name: 'diverge-ignored',
    hint: {
      en: 'You never check whether the cost went up: a rising cost has a negative decrease, which is below epsilon, so you report converged. First test new cost > previous cost (diverged: true), and only then the decrease < epsilon.',
      zh: '你没有检查代价是否上升：代价上升时下降量为负，小于 epsilon，于是你报告了收敛。应先判断 新代价 > 上一次代价（diverged: true），然后才判断下降量 < epsilon。',
    },
    edits: [
      {
        find: `const cost = computeCost(X, y, w, b);
    if (cost > prev) return { w, b, iters, converged: false, diverged: true };`,
        replace: 'const cost = computeCost(X, y, w, b);',
      },
    ],
  },
  {
    name: 'iters-off-by-one',
    hint: {
      en: 'Your iters is one short when the run stops early: it must count every update done, including the one whose cost triggered the stop (a run that diverges on its first update has iters = 1).',
      zh: '提前停止时你的 iters 少了一：它要计入所有已做的更新，包括其代价触发停止的那一次（第一次更新就发散的运行，iters = 1）。',
    },
    edits: [
      {
        find: 'for (let iters = 1; iters <= maxIters; iters++) {',
        replace: `let converged = false;
  let diverged = false;
  let iters;
  for (iters = 0; iters < maxIters; iters++) {`,
      },
    ],
  },
  {
    name: 'non-strict-epsilon',
    hint: {
      en: 'You stop when the decrease is ≤ epsilon. The rule is strict: converged only when previous − new < epsilon; a decrease of exactly epsilon still counts as progress, so keep going.',
      zh: '你在下降量 ≤ epsilon 时就停止了。规则是严格的：只有 上一次 − 新代价 < epsilon 才算收敛；下降量恰好等于 epsilon 仍算有进展，要继续。',
    },
    edits: [
      {
        find: 'if (prev - cost < epsilon) return { w, b, iters, converged: true, diverged: false };',
        replace: 'if (prev - cost <= epsilon) return { w, b, iters, converged: true, diverged: false };',
      },
    ],
  },
  {
    name: 'one-over-m',
    hint: {
      en: 'Your cost divides by m instead of 2m (J = 1/(2m) Σ (f − y)²), so every decrease you compare with epsilon is twice too large and the run stops at the wrong update.',
      zh: '你的代价除以了 m 而不是 2m（J = 1/(2m) Σ (f − y)²），所以你与 epsilon 比较的每个下降量都大了一倍，运行在错误的那次更新处停止。',
    },
    edits: [
      { find: 'return sum / (2 * m);', replace: 'return sum / m;' },
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
  {
    name: 'unchanged-is-diverged',
    hint: {
      en: 'You report diverged when the cost stays exactly the same (new ≥ previous). Only a cost that went up (new > previous) is divergence; an unchanged cost decreased by 0, which is less than epsilon: converged.',
      zh: '代价完全不变时（新 ≥ 上一次）你报告了发散。只有代价上升（新 > 上一次）才是发散；代价不变意味着下降量为 0，小于 epsilon：收敛。',
    },
    edits: [
      {
        find: 'if (cost > prev) return { w, b, iters, converged: false, diverged: true };',
        replace: 'if (cost >= prev) return { w, b, iters, converged: false, diverged: true };',
      },
    ],
  },
]);
