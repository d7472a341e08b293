export const hint = {
  en: 'Your nesterovStep takes the gradient at θ: that is plain momentum. Nesterov evaluates it at the look-ahead point θ − lr·v_old (with the old velocity): g = gradFn(θ − lr·v), then v = βv + (1 − β)·g, θ −= lr·v.',
  zh: '你的 nesterovStep 在 θ 处求梯度，那只是普通动量。Nesterov 在前瞻点 θ − lr·v_old（用旧的速度）处求梯度：g = gradFn(θ − lr·v)，然后 v = βv + (1 − β)·g，θ −= lr·v。',
};

export function momentumStep(theta, grad, v, lr, beta, form) {
  if (form !== 'ema' && form !== 'torch') throw new Error(`unknown form '${form}'`);
  const dampening = form === 'ema' ? 1 - beta : 1;
  const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}

export function nesterovStep(theta, gradFn, v, lr, beta) {
  const g = gradFn(theta);
  const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}
