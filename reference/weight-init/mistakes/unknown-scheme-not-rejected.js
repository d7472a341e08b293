export const hint = {
  en: "An unknown scheme name must throw an Error whose message contains 'scheme' (e.g. `throw new Error(`unknown scheme ${scheme}`)`); yours returns a matrix (of NaN: the scale stays undefined).",
  zh: "未知的方案名必须抛出消息中含有 'scheme' 的 Error（例如 `throw new Error(`unknown scheme ${scheme}`)`）；你的代码返回了一个矩阵（全是 NaN：缩放因子是 undefined）。",
};

export function initWeights(scheme, nIn, nOut, randn) {
  if (scheme === 'zeros') return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  let scale;
  if (scheme === 'small') scale = 0.01;
  if (scheme === 'xavier') scale = Math.sqrt(1 / nIn);
  if (scheme === 'he') scale = Math.sqrt(2 / nIn);
  if (scheme === 'glorot') scale = Math.sqrt(2 / (nIn + nOut));
  const W = [];
  for (let i = 0; i < nIn; i++) {
    const row = [];
    for (let j = 0; j < nOut; j++) row.push(scale * randn());
    W.push(row);
  }
  return W;
}
