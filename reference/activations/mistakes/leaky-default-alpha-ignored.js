// Activation functions and their derivatives, elementwise on a number, a vector or a matrix.

/** Apply f to every number in z (a number, a vector or a matrix), keeping the shape. */
function elementwise(z, f) {
  return Array.isArray(z) ? z.map((v) => elementwise(v, f)) : f(z);
}

/** σ(x), stable for large |x|: never computes e^x for a large positive x. */
function sigma(x) {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} max(0, z)
 */
export function relu(z) {
  return elementwise(z, (x) => (x > 0 ? x : 0));
}

/**
 * @param {number|number[]|number[][]} z
 * @param {number} [alpha=0.01]
 * @returns {number|number[]|number[][]} z for z > 0, alpha·z otherwise
 */
export function leakyRelu(z, alpha) {
  return elementwise(z, (x) => (x > 0 ? x : alpha * x));
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]}
 */
export function tanh(z) {
  return elementwise(z, (x) => Math.tanh(x));
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} z·σ(z)
 */
export function swish(z) {
  return elementwise(z, (x) => x * sigma(x));
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} z itself (a copy)
 */
export function linear(z) {
  return elementwise(z, (x) => x);
}

/**
 * @param {number|number[]|number[][]} z
 * @param {number} alpha
 * @returns {number|number[]|number[][]} z for z > 0, alpha·z otherwise
 */
export function prelu(z, alpha) {
  return elementwise(z, (x) => (x > 0 ? x : alpha * x));
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} 1 where z > 0, else 0 (0 at z = 0)
 */
export function reluGrad(z) {
  return elementwise(z, (x) => (x > 0 ? 1 : 0));
}

/**
 * @param {number|number[]|number[][]} z
 * @param {number} [alpha=0.01]
 * @returns {number|number[]|number[][]} 1 where z > 0, else alpha (alpha at z = 0)
 */
export function leakyReluGrad(z, alpha) {
  return elementwise(z, (x) => (x > 0 ? 1 : alpha));
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} 1 − tanh²(z)
 */
export function tanhGrad(z) {
  return elementwise(z, (x) => {
    const t = Math.tanh(x);
    return 1 - t * t;
  });
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} σ(z)·(1 − σ(z))
 */
export function sigmoidGrad(z) {
  return elementwise(z, (x) => {
    const s = sigma(x);
    return s * (1 - s);
  });
}

/**
 * @param {number|number[]|number[][]} z
 * @returns {number|number[]|number[][]} σ(z) + z·σ(z)·(1 − σ(z))
 */
export function swishGrad(z) {
  return elementwise(z, (x) => {
    const s = sigma(x);
    return s + x * s * (1 - s);
  });
}

export const hint = {
  en: 'When alpha is left out, your leakyRelu/leakyReluGrad compute with alpha = undefined (NaN). Give the parameter its default: function leakyRelu(z, alpha = 0.01).',
  zh: '省略 alpha 时，你的 leakyRelu/leakyReluGrad 用 alpha = undefined 计算（得到 NaN）。给参数加上默认值：function leakyRelu(z, alpha = 0.01)。',
};
