export const hint = {
  en: 'You multiply randn() by the variance (e.g. 2/nIn for He). N(0, v) names the variance; the scale (standard deviation) is its square root: W = √(2/nIn)·randn().',
  zh: '你把 randn() 乘以方差（例如 He 的 2/nIn）。N(0, v) 中的 v 是方差；缩放因子（标准差）是它的平方根：W = √(2/nIn)·randn()。',
};

const VARIANCE = {
  xavier: (nIn) => 1 / nIn,
  he: (nIn) => 2 / nIn,
  glorot: (nIn, nOut) => 2 / (nIn + nOut),
};

export function initWeights(scheme, nIn, nOut, randn) {
  if (scheme === 'zeros') return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  let scale;
  if (scheme === 'small') scale = 0.01;
  else if (scheme in VARIANCE) scale = VARIANCE[scheme](nIn, nOut);
  else throw new Error(`unknown scheme: ${scheme}`);
  return Array.from({ length: nIn }, () => Array.from({ length: nOut }, () => scale * randn()));
}
