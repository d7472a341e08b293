export const hint = {
  en: "An unknown form must throw an Error whose message contains 'form' (e.g. `throw new Error(`unknown form ${form}`)`); yours silently uses the 'torch' formula for anything that is not 'ema'.",
  zh: "未知的 form 必须抛出消息中含有 'form' 的 Error（例如 `throw new Error(`unknown form ${form}`)`）；你的代码对任何不是 'ema' 的值都悄悄用了 'torch' 的公式。",
};

export function momentumStep(theta, grad, v, lr, beta, form) {
  const dampening = form === 'ema' ? 1 - beta : 1;
  const vNew = v.map((vi, i) => beta * vi + dampening * grad[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}

export function nesterovStep(theta, gradFn, v, lr, beta) {
  const g = gradFn(theta.map((t, i) => t - lr * v[i]));
  const vNew = v.map((vi, i) => beta * vi + (1 - beta) * g[i]);
  return { theta: theta.map((t, i) => t - lr * vNew[i]), v: vNew };
}
