export const hint = {
  en: 'Your look-ahead point is θ − lr·β·v_old. In the notes’ form used here the gradient is taken at θ − lr·v_old (no β): g = gradFn(θ − lr·v).',
  zh: '你的前瞻点是 θ − lr·β·v_old。本题采用笔记的形式，梯度在 θ − lr·v_old 处计算（没有 β）：g = gradFn(θ − lr·v)。',
};

export function momentumStep(theta, grad, v, lr, beta, form) {
  if (form !== 'ema' && form !== 'torch') throw new Error(`unknown form '${form}'`);
  const dampening = form === 'ema' ? 1 - beta : 1;
  const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}

export function nesterovStep(theta, gradFn, v, lr, beta) {
  const g = gradFn(theta.map((t, i) => t - lr * beta * v[i]));
  const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}
