/**
 * An nIn×nOut weight matrix: your initWeights from the weight-init exercise (paste it here).
 * Call randn() once per element, row by row; none for 'zeros'.
 *
 * @param {'zeros'|'small'|'xavier'|'he'|'glorot'} scheme
 * @param {number} nIn
 * @param {number} nOut
 * @param {() => number} randn
 * @returns {number[][]}
 */
function initWeights(scheme, nIn, nOut, randn) {
  throw new Error('not implemented');
}

/**
 * The gradient norms of a deep ReLU network at initialization, for the loss ℓ = Σ of the last layer's output.
 *
 * @param {number[][]} X - m×n input, one example per row
 * @param {number} depth - number of layers
 * @param {number} width - units in every layer
 * @param {'zeros'|'small'|'xavier'|'he'|'glorot'} scheme - how every layer's W is initialized (biases are 0)
 * @param {() => number} randn - standard normal numbers; the layers draw their weights in order
 * @returns {{ weightGradNorms: number[], inputGradNorms: number[] }} depth numbers each, layer 1 first:
 *   ‖∂ℓ/∂W^[l]‖_F and ‖∂ℓ/∂A^[l−1]‖_F (inputGradNorms[0] is the gradient with respect to X)
 */
export function gradientNormsByDepth(X, depth, width, scheme, randn) {
  throw new Error('not implemented');
}
