/**
 * An nIn×nOut weight matrix initialized with a scheme.
 *
 * @param {'zeros'|'small'|'xavier'|'he'|'glorot'} scheme - how to initialize
 * @param {number} nIn - units feeding the layer (fan-in): the number of rows
 * @param {number} nOut - units of the layer (fan-out): the number of columns
 * @param {() => number} randn - returns a standard normal number N(0, 1) per call;
 *   call it exactly once per element, row by row (never for 'zeros')
 * @returns {number[][]} W, nIn×nOut
 */
export function initWeights(scheme, nIn, nOut, randn) {
  throw new Error('not implemented');
}
