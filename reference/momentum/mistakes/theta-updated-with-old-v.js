export const hint = {
  en: 'You move θ with the old velocity and update v afterwards. The new velocity comes first: v = βv + (1 − β)·g (or βv + g), then θ −= lr·v with that new v.',
  zh: '你先用旧的速度移动 θ，之后才更新 v。应先算新的速度：v = βv + (1 − β)·g（或 βv + g），再用这个新的 v 做 θ −= lr·v。',
};

export function momentumStep(theta, grad, v, lr, beta, form) {
  if (form !== 'ema' && form !== 'torch') throw new Error(`unknown form '${form}'`);
  const dampening = form === 'ema' ? 1 - beta : 1;
  const thetaNew = theta.map((t, i) => t - lr * v[i]);
  const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  return { theta: thetaNew, v: vNew };
}

export function nesterovStep(theta, gradFn, v, lr, beta) {
  const lookAhead = theta.map((t, i) => t - lr * v[i]);
  const g = gradFn(lookAhead);
  const thetaNew = lookAhead;
  const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
  return { theta: thetaNew, v: vNew };
}
