export const hint = {
  en: "Your 'xavier' divides by nOut. Xavier keeps the variance of each unit's input sum at 1, so it divides by the fan-in: N(0, 1/nIn), scale √(1/nIn).",
  zh: '你的 xavier 除以了 nOut。Xavier 让每个单元输入之和的方差保持为 1，所以除以扇入：N(0, 1/nIn)，缩放 √(1/nIn)。',
};

export function initWeights(scheme, nIn, nOut, randn) {
  if (scheme === 'zeros') return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  let scale;
  if (scheme === 'small') scale = 0.01;
  else if (scheme === 'xavier') scale = Math.sqrt(1 / nOut);
  else if (scheme === 'he') scale = Math.sqrt(2 / nIn);
  else if (scheme === 'glorot') scale = Math.sqrt(2 / (nIn + nOut));
  else throw new Error(`unknown scheme ${scheme}`);
  const W = [];
  for (let i = 0; i < nIn; i++) {
    W.push([]);
    for (let j = 0; j < nOut; j++) W[i].push(scale * randn());
  }
  return W;
}
