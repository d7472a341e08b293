/**
 * A residual block on one example, in column form: two dense layers and a skip connection.
 *
 * @param {number[]} x - input vector (n numbers)
 * @param {number[][]} W1 - h×n weights of the first layer: row i holds hidden unit i's weights
 * @param {number[]} b1 - h biases of the first layer
 * @param {number[][]} W2 - n×h weights of the second layer
 * @param {number[]} b2 - n biases of the second layer
 * @returns {number[]} out = relu(W2·a1 + b2 + x) with a1 = relu(W1·x + b1), n numbers
 */
export function residualBlock(x, W1, b1, W2, b2) {
  throw new Error('not implemented');
}
