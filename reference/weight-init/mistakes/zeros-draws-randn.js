export const hint = {
  en: "Your 'zeros' calls randn() and multiplies by 0. 'zeros' must not draw anything (randn() is called only for the random schemes): return the zero matrix directly.",
  zh: '你的 zeros 调用了 randn() 再乘以 0。zeros 不应抽取任何随机数（只有随机方案才调用 randn()）：直接返回零矩阵。',
};

function scaleOf(scheme, nIn, nOut) {
  switch (scheme) {
    case 'zeros': return 0;
    case 'small': return 0.01;
    case 'xavier': return Math.sqrt(1 / nIn);
    case 'he': return Math.sqrt(2 / nIn);
    case 'glorot': return Math.sqrt(2 / (nIn + nOut));
    default: throw new Error(`unknown scheme ${scheme}`);
  }
}

export function initWeights(scheme, nIn, nOut, randn) {
  const scale = scaleOf(scheme, nIn, nOut);
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => scale * randn()));
}
