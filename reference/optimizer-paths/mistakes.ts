import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'adam-no-bias-correction',
    hint: {
      en: 'Your Adam step leaves out the bias correction. Divide m by 1 − β₁ᵗ and v by 1 − β₂ᵗ (t = 1 on the first step) before θ −= lr·m̂ / (√v̂ + eps), as in the adam exercise.',
      zh: '你的 Adam 步漏掉了偏差修正。在 θ −= lr·m̂ / (√v̂ + eps) 之前，m 要除以 1 − β₁ᵗ，v 要除以 1 − β₂ᵗ（第一步 t = 1），与 adam 练习相同。',
    },
    edits: [
      { find: 'const c1 = 1 - beta1 ** t;', replace: 'const c1 = 1;' },
      { find: 'const c2 = 1 - beta2 ** t;', replace: 'const c2 = 1;' },
    ],
  },
  {
    name: 'momentum-torch-form',
    hint: {
      en: "Your momentum accumulates v = βv + g (PyTorch's SGD form). This exercise uses the notes' exponentially weighted form for both momentum and Nesterov: v = βv + (1 − β)·g, then θ −= lr·v.",
      zh: '你的动量累积方式是 v = βv + g（PyTorch SGD 的形式）。本练习的动量和 Nesterov 都用笔记中的指数加权形式：v = βv + (1 − β)·g，然后 θ −= lr·v。',
    },
    edits: [
      {
        find: `v = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
      theta = theta.map((x, i) => x - lr * v[i]);
    } else if (method === 'nesterov') {`,
        replace: `v = v.map((vi, i) => beta * vi + g[i]);
      theta = theta.map((x, i) => x - lr * v[i]);
    } else if (method === 'nesterov') {`,
      },
      {
        find: 'v = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);',
        replace: 'v = v.map((vi, i) => beta * vi + g[i]);',
      },
    ],
  },
  {
    name: 'nesterov-no-lookahead',
    hint: {
      en: 'Your Nesterov step takes the gradient at θ itself, which is plain momentum. Nesterov looks ahead: evaluate the gradient at θ − lr·v (with the velocity before this step), then v = βv + (1 − β)·g and θ −= lr·v.',
      zh: '你的 Nesterov 步在 θ 本身处求梯度，这就是普通动量法。Nesterov 要“向前看”：在 θ − lr·v（用本步之前的速度）处求梯度，然后 v = βv + (1 − β)·g，θ −= lr·v。',
    },
    edits: [
      {
        find: 'const g = gradient(P, q, theta.map((x, i) => x - lr * v[i])); // at the look-ahead point',
        replace: 'const g = gradient(P, q, theta);',
      },
    ],
  },
  {
    name: 'newton-no-default-lr',
    hint: {
      en: 'Your Newton path is NaN when hp has no lr. For Newton the learning rate defaults to 1 (a full Newton step): use hp.lr when it is given, else 1.',
      zh: '当 hp 没有 lr 时，你的牛顿法路径是 NaN。牛顿法的学习率默认为 1（完整的牛顿步）：给了 hp.lr 就用它，否则用 1。',
    },
    edits: [
      {
        find: `const { lr = method === 'newton' ? 1 : undefined, beta = 0.9, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 } = hp ?? {};
  if (typeof lr !== 'number') throw new Error(\`hp.lr is required for \${method}\`);`,
        replace: 'const { lr, beta = 0.9, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 } = hp ?? {};',
      },
    ],
  },
  {
    name: 'newton-uses-gradient',
    hint: {
      en: 'Your Newton step moves along the gradient: θ −= lr·(Pθ + q) is plain gradient descent. Newton divides by the curvature: solve P·d = Pθ + q and step θ −= lr·d, so that with lr = 1 one step lands on the minimum −P⁻¹q.',
      zh: '你的牛顿步沿梯度方向移动：θ −= lr·(Pθ + q) 只是普通梯度下降。牛顿法要除以曲率：解 P·d = Pθ + q，再 θ −= lr·d，这样 lr = 1 时一步就到达最小点 −P⁻¹q。',
    },
    edits: [
      { find: 'const d = solve(P, gradient(P, q, theta)); // P⁻¹∇f(θ)', replace: 'const d = gradient(P, q, theta);' },
    ],
  },
  {
    name: 'path-aliased',
    hint: {
      en: 'Every point of your path is the same array, changed in place, so they all show the last θ. Push a new array at every step (θ = θ.map(…) or [...θ]).',
      zh: '你的路径中每个点都是同一个数组，被原地修改，所以它们都等于最后的 θ。每一步都要放入一个新数组（θ = θ.map(…) 或 [...θ]）。',
    },
    edits: [
      {
        find: 'const path = [theta];',
        replace: `const current = [...theta0];
  const path = [[...theta0]];`,
      },
      {
        find: 'path.push(theta);',
        replace: `for (let i = 0; i < theta.length; i++) current[i] = theta[i];
    path.push(current);`,
      },
    ],
  },
  {
    name: 'path-missing-start',
    hint: {
      en: 'Your path leaves out the starting point. Return iters + 1 points: θ0 first, then the point after each step.',
      zh: '你的路径漏掉了起点。应返回 iters + 1 个点：先是 θ0，然后是每一步之后的点。',
    },
    edits: [
      { find: 'const path = [theta];', replace: 'const path = [];' },
    ],
  },
  {
    name: 'unknown-method-not-rejected',
    hint: {
      en: 'An unknown method name runs gradient descent instead of failing. Throw an Error whose message mentions the method when `method` is not one of gd, momentum, nesterov, adam, newton.',
      zh: '未知的方法名没有报错，而是执行了梯度下降。当 `method` 不是 gd、momentum、nesterov、adam、newton 之一时，抛出一个消息中提到 method 的 Error。',
    },
    edits: [
      {
        find: `export function minimizeQuadratic(P, q, theta0, method, hp, iters) {
  if (!METHODS.includes(method)) throw new Error(\`unknown method '\${method}': use one of \${METHODS.join(', ')}\`);`,
        replace: 'export function minimizeQuadratic(P, q, theta0, method, hp, iters) {',
      },
      { find: "if (method === 'gd') {", replace: "if (!['momentum', 'nesterov', 'adam', 'newton'].includes(method)) {" },
    ],
  },
]);
