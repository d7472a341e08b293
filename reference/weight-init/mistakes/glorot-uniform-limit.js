export const hint = {
  en: "Your 'glorot' uses √(6/(nIn+nOut)), the limit of Glorot's uniform version U(−r, r). The normal version has variance 2/(nIn+nOut): scale √(2/(nIn+nOut)).",
  zh: '你的 glorot 用了 √(6/(nIn+nOut))，那是 Glorot 均匀分布版本 U(−r, r) 的边界。正态版本的方差是 2/(nIn+nOut)：缩放 √(2/(nIn+nOut))。',
};

export function initWeights(scheme, nIn, nOut, randn) {
  if (scheme === 'zeros') return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  let scale;
  if (scheme === 'small') scale = 0.01;
  else if (scheme === 'xavier') scale = Math.sqrt(1 / nIn);
  else if (scheme === 'he') scale = Math.sqrt(2 / nIn);
  else if (scheme === 'glorot') scale = Math.sqrt(6 / (nIn + nOut));
  else throw new Error(`unknown scheme ${scheme}`);
  const W = [];
  for (let i = 0; i < nIn; i++) {
    W.push([]);
    for (let j = 0; j < nOut; j++) W[i].push(scale * randn());
  }
  return W;
}
