import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'forms-mixed',
    hint: {
      en: "The momentum forms are mixed up: 'ema' is the notes’ moving average v = βv + (1 − β)·g, and 'torch' is PyTorch SGD’s v = βv + g (dampening 0, no (1 − β)). Check which factor in front of g each form gets; in both, θ −= lr·v.",
      zh: "你把两种动量形式混淆了：'ema' 是笔记中的滑动平均 v = βv + (1 − β)·g，'torch' 是 PyTorch SGD 的 v = βv + g（dampening 为 0，没有 (1 − β)）。检查每种形式中 g 前面的系数；两者都是 θ −= lr·v。",
    },
    edits: [
      {
        find: "const dampening = form === 'ema' ? 1 - beta : 1;",
        replace: "const dampening = form === 'torch' ? 1 - beta : 1;",
      },
    ],
  },
  {
    name: 'lookahead-times-beta',
    hint: {
      en: 'Your look-ahead point is θ − lr·β·v_old. In the notes’ form used here the gradient is taken at θ − lr·v_old (no β): g = gradFn(θ − lr·v).',
      zh: '你的前瞻点是 θ − lr·β·v_old。本题采用笔记的形式，梯度在 θ − lr·v_old 处计算（没有 β）：g = gradFn(θ − lr·v)。',
    },
    edits: [
      {
        find: `const lookAhead = theta.map((t, i) => t - lr * v[i]);
  const g = gradFn(lookAhead);`,
        replace: 'const g = gradFn(theta.map((t, i) => t - lr * beta * v[i]));',
      },
    ],
  },
  {
    name: 'nesterov-grad-at-theta',
    hint: {
      en: 'Your nesterovStep takes the gradient at θ: that is plain momentum. Nesterov evaluates it at the look-ahead point θ − lr·v_old (with the old velocity): g = gradFn(θ − lr·v), then v = βv + (1 − β)·g, θ −= lr·v.',
      zh: '你的 nesterovStep 在 θ 处求梯度，那只是普通动量。Nesterov 在前瞻点 θ − lr·v_old（用旧的速度）处求梯度：g = gradFn(θ − lr·v)，然后 v = βv + (1 − β)·g，θ −= lr·v。',
    },
    edits: [
      {
        find: `const lookAhead = theta.map((t, i) => t - lr * v[i]);
  const g = gradFn(lookAhead);`,
        replace: 'const g = gradFn(theta);',
      },
    ],
  },
  {
    name: 'nesterov-torch-form',
    hint: {
      en: 'This is PyTorch’s nesterov=True (gradient at θ, v = βv + g, θ −= lr·(g + βv)). The exercise asks for the notes’ form: g = gradFn(θ − lr·v_old), v = βv + (1 − β)·g, θ −= lr·v.',
      zh: '这是 PyTorch 的 nesterov=True（在 θ 处求梯度，v = βv + g，θ −= lr·(g + βv)）。本题要求笔记的形式：g = gradFn(θ − lr·v_old)，v = βv + (1 − β)·g，θ −= lr·v。',
    },
    edits: [
      {
        find: `const lookAhead = theta.map((t, i) => t - lr * v[i]);
  const g = gradFn(lookAhead);
  const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
  const thetaNew = theta.map((t, i) => t - lr * vNew[i]);
  return { theta: thetaNew, v: vNew };`,
        replace: `const g = gradFn(theta);
  const vNew = v.map((vi, i) => beta * vi + g[i]);
  return { theta: theta.map((t, i) => t - lr * (g[i] + beta * vNew[i])), v: vNew };`,
      },
    ],
  },
  {
    name: 'theta-updated-with-old-v',
    hint: {
      en: 'You move θ with the old velocity and update v afterwards. The new velocity comes first: v = βv + (1 − β)·g (or βv + g), then θ −= lr·v with that new v.',
      zh: '你先用旧的速度移动 θ，之后才更新 v。应先算新的速度：v = βv + (1 − β)·g（或 βv + g），再用这个新的 v 做 θ −= lr·v。',
    },
    edits: [
      {
        find: "const dampening = form === 'ema' ? 1 - beta : 1;",
        replace: `const dampening = form === 'ema' ? 1 - beta : 1;
  const thetaNew = theta.map((t, i) => t - lr * v[i]);`,
      },
      {
        find: `const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  const thetaNew = theta.map((t, i) => t - lr * vNew[i]);`,
        replace: 'const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);',
      },
      {
        find: 'const g = gradFn(lookAhead);',
        replace: `const g = gradFn(lookAhead);
  const thetaNew = lookAhead;`,
      },
      {
        find: `const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
  const thetaNew = theta.map((t, i) => t - lr * vNew[i]);`,
        replace: 'const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);',
      },
    ],
  },
  {
    name: 'unknown-form-not-rejected',
    hint: {
      en: "An unknown form must throw an Error whose message contains 'form' (e.g. `throw new Error(`unknown form ${form}`)`); yours silently uses the 'torch' formula for anything that is not 'ema'.",
      zh: "未知的 form 必须抛出消息中含有 'form' 的 Error（例如 `throw new Error(`unknown form ${form}`)`）；你的代码对任何不是 'ema' 的值都悄悄用了 'torch' 的公式。",
    },
    edits: [
      {
        find: `export function momentumStep(theta, grad, v, lr, beta, form) {
  if (form !== 'ema' && form !== 'torch') throw new Error(\`unknown form '\${form}': use 'ema' or 'torch'\`);`,
        replace: 'export function momentumStep(theta, grad, v, lr, beta, form) {',
      },
    ],
  },
  {
    name: 'theta-moves-uphill',
    hint: {
      en: 'Your θ moves uphill: the update is θ −= lr·v (minus), so that θ goes against the gradient.',
      zh: '你的 θ 朝上坡方向移动了：更新是 θ −= lr·v（减号），θ 要沿梯度的反方向走。',
    },
    edits: [
      {
        find: `const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  const thetaNew = theta.map((t, i) => t - lr * vNew[i]);`,
        replace: `const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  const thetaNew = theta.map((t, i) => t + lr * vNew[i]);`,
      },
    ],
  },
  {
    name: 'beta-on-gradient',
    hint: {
      en: "Your β multiplies the gradient instead of the old velocity: 'ema' is v = βv + (1 − β)·g (β and 1 − β swapped in yours), 'torch' is v = βv + g.",
      zh: "你的 β 乘在了梯度上，而不是旧的速度上：'ema' 是 v = βv + (1 − β)·g（你把 β 和 1 − β 对调了），'torch' 是 v = βv + g。",
    },
    edits: [
      {
        find: 'const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);',
        replace: "const vNew = v.map((vi, i) => (form === 'ema' ? (1 - beta) * vi : vi) + beta * grad[i]);",
      },
    ],
  },
  {
    name: 'lookahead-plus',
    hint: {
      en: 'Your look-ahead point is θ + lr·v_old: look ahead in the direction the step goes, g = gradFn(θ − lr·v_old).',
      zh: '你的前瞻点是 θ + lr·v_old：应朝着这一步前进的方向前瞻，g = gradFn(θ − lr·v_old)。',
    },
    edits: [{ find: 'const lookAhead = theta.map((t, i) => t - lr * v[i]);', replace: 'const lookAhead = theta.map((t, i) => t + lr * v[i]);' }],
  },
  {
    name: 'nesterov-no-dampening',
    hint: {
      en: 'Your Nesterov velocity lacks the (1 − β) factor: the notes’ Nesterov uses v = βv + (1 − β)·g, with g taken at θ − lr·v_old.',
      zh: '你的 Nesterov 速度缺少 (1 − β) 因子：笔记中的 Nesterov 用 v = βv + (1 − β)·g，其中 g 在 θ − lr·v_old 处求得。',
    },
    edits: [{ find: 'const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);', replace: 'const vNew = v.map((vi, i) => beta * vi + g[i]);' }],
  },
]);
