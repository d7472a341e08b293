export const hint = {
  en: 'This is PyTorch’s nesterov=True (gradient at θ, v = βv + g, θ −= lr·(g + βv)). The exercise asks for the notes’ form: g = gradFn(θ − lr·v_old), v = βv + (1 − β)·g, θ −= lr·v.',
  zh: '这是 PyTorch 的 nesterov=True（在 θ 处求梯度，v = βv + g，θ −= lr·(g + βv)）。本题要求笔记的形式：g = gradFn(θ − lr·v_old)，v = βv + (1 − β)·g，θ −= lr·v。',
};

export function momentumStep(theta, grad, v, lr, beta, form) {
  if (form !== 'ema' && form !== 'torch') throw new Error(`unknown form '${form}'`);
  const dampening = form === 'ema' ? 1 - beta : 1;
  const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}

export function nesterovStep(theta, gradFn, v, lr, beta) {
  const g = gradFn(theta);
  const vNew = v.map((vi, i) => beta * vi + g[i]);
  return { theta: theta.map((t, i) => t - lr * (g[i] + beta * vNew[i])), v: vNew };
}
