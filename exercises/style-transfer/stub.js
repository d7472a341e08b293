/**
 * Gram matrix of one layer's activations: G = U·Uᵀ, where U (C×HW) holds each channel unrolled
 * into a row. Not normalized.
 *
 * @param {number[][][]} A - C×H×W activations
 * @returns {number[][]} C×C, G[i][j] = Σ over all H·W positions of A[i][h][w]·A[j][h][w]
 */
export function gramMatrix(A) {
  throw new Error('not implemented');
}

/**
 * Content cost between the content image's and the generated image's activations.
 *
 * @param {number[][][]} aC - C×H×W activations of the content image
 * @param {number[][][]} aG - C×H×W activations of the generated image
 * @returns {number} 1/(4·H·W·C) Σ (aC − aG)²
 */
export function contentCost(aC, aG) {
  throw new Error('not implemented');
}

/**
 * Style cost of one layer, from the Gram matrices of the style and the generated image.
 *
 * @param {number[][][]} aS - C×H×W activations of the style image
 * @param {number[][][]} aG - C×H×W activations of the generated image
 * @returns {number} 1/(4·C²·(H·W)²) Σ_ij (G_S[i][j] − G_G[i][j])²
 */
export function styleLayerCost(aS, aG) {
  throw new Error('not implemented');
}

/**
 * Total cost of neural style transfer.
 *
 * @param {number} jContent - the content cost
 * @param {number} jStyle - the style cost
 * @param {number} [alpha=10] - weight of the content cost
 * @param {number} [beta=40] - weight of the style cost
 * @returns {number} alpha·jContent + beta·jStyle
 */
export function totalCost(jContent, jStyle, alpha = 10, beta = 40) {
  throw new Error('not implemented');
}
