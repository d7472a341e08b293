/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @returns {number|number[]|number[][]} max(0, z), elementwise; same shape as z
 */
export function relu(z) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @param {number} [alpha=0.01] - slope for z ≤ 0
 * @returns {number|number[]|number[][]} z where z > 0, alpha·z elsewhere; same shape as z
 */
export function leakyRelu(z, alpha = 0.01) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @returns {number|number[]|number[][]} tanh(z), elementwise; same shape as z
 */
export function tanh(z) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @returns {number|number[]|number[][]} z·σ(z), elementwise; same shape as z
 */
export function swish(z) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @returns {number|number[]|number[][]} z unchanged (a new value of the same shape); same shape as z
 */
export function linear(z) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @param {number} alpha - slope for z ≤ 0
 * @returns {number|number[]|number[][]} z where z > 0, alpha·z elsewhere; same shape as z
 */
export function prelu(z, alpha) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @returns {number|number[]|number[][]} dReLU/dz: 1 where z > 0, else 0; same shape as z
 */
export function reluGrad(z) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @param {number} [alpha=0.01] - slope for z ≤ 0
 * @returns {number|number[]|number[][]} d leakyRelu/dz: 1 where z > 0, else alpha; same shape as z
 */
export function leakyReluGrad(z, alpha = 0.01) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @returns {number|number[]|number[][]} d tanh/dz at z; same shape as z
 */
export function tanhGrad(z) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @returns {number|number[]|number[][]} dσ/dz at z; same shape as z
 */
export function sigmoidGrad(z) {
  throw new Error('not implemented');
}

/**
 * @param {number|number[]|number[][]} z - a number, a vector or a matrix (pre-activations)
 * @returns {number|number[]|number[][]} d swish/dz at z; same shape as z
 */
export function swishGrad(z) {
  throw new Error('not implemented');
}
