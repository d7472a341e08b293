export const hint = {
  en: 'You fill W column by column (W[0][0], W[1][0], …). The scale is right, but randn() must be called row by row: W[0][0], W[0][1], …, then the next row.',
  zh: '你按列填充 W（W[0][0]、W[1][0]、…）。缩放是对的，但 randn() 必须按行调用：W[0][0]、W[0][1]、…，然后下一行。',
};

function scaleOf(scheme, nIn, nOut) {
  if (scheme === 'small') return 0.01;
  if (scheme === 'xavier') return Math.sqrt(1 / nIn);
  if (scheme === 'he') return Math.sqrt(2 / nIn);
  if (scheme === 'glorot') return Math.sqrt(2 / (nIn + nOut));
  throw new Error(`unknown scheme ${scheme}`);
}

export function initWeights(scheme, nIn, nOut, randn) {
  const W = Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  if (scheme === 'zeros') return W;
  const scale = scaleOf(scheme, nIn, nOut);
  for (let j = 0; j < nOut; j++) {
    for (let i = 0; i < nIn; i++) W[i][j] = scale * randn();
  }
  return W;
}
