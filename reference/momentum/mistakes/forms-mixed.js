export const hint = {
  en: "The momentum forms are mixed up: 'ema' is the notes’ moving average v = βv + (1 − β)·g, and 'torch' is PyTorch SGD’s v = βv + g (dampening 0, no (1 − β)). Check which factor in front of g each form gets; in both, θ −= lr·v.",
  zh: "你把两种动量形式混淆了：'ema' 是笔记中的滑动平均 v = βv + (1 − β)·g，'torch' 是 PyTorch SGD 的 v = βv + g（dampening 为 0，没有 (1 − β)）。检查每种形式中 g 前面的系数；两者都是 θ −= lr·v。",
};

export function momentumStep(theta, grad, v, lr, beta, form) {
  if (form !== 'ema' && form !== 'torch') throw new Error(`unknown form '${form}'`);
  // swapped by mistake
  const dampening = form === 'torch' ? 1 - beta : 1;
  const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}

export function nesterovStep(theta, gradFn, v, lr, beta) {
  const g = gradFn(theta.map((t, i) => t - lr * v[i]));
  const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}
