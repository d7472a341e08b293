/**
 * The standard deviation of each weight under a scheme: W = scale · N(0, 1).
 * The schemes name a variance v, so the scale is √v.
 *
 * @param {string} scheme
 * @param {number} nIn
 * @param {number} nOut
 * @returns {number}
 */
function schemeScale(scheme, nIn, nOut) {
  switch (scheme) {
    case 'small':
      return 0.01;
    case 'xavier':
      return Math.sqrt(1 / nIn);
    case 'he':
      return Math.sqrt(2 / nIn);
    case 'glorot':
      return Math.sqrt(2 / (nIn + nOut));
    default:
      throw new Error(`unknown initialization scheme '${scheme}' (expected zeros, small, xavier, he or glorot)`);
  }
}

/**
 * An nIn×nOut weight matrix.
 *
 * @param {'zeros'|'small'|'xavier'|'he'|'glorot'} scheme
 * @param {number} nIn - units feeding the layer (fan-in)
 * @param {number} nOut - units of the layer (fan-out)
 * @param {() => number} randn - standard normal numbers, called once per element, row by row
 * @returns {number[][]}
 */
export function initWeights(scheme, nIn, nOut, randn) {
  if (scheme === 'zeros') {
    return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  }
  const scale = schemeScale(scheme, nIn, nOut);
  const W = [];
  for (let i = 0; i < nIn; i++) {
    const row = [];
    for (let j = 0; j < nOut; j++) row.push(scale * randn());
    W.push(row);
  }
  return W;
}
