/**
 * Backpropagation through a fully connected network with a softmax cross-entropy loss.
 *
 * Layer l computes Z = A_prev·W + b (b added to every row) and A = g(Z), with g one of
 * 'relu' | 'sigmoid' | 'tanh' | 'linear'. The last layer is 'linear': its output is the logits.
 *
 * @param {number[][]} X - m×n input, one example per row
 * @param {number[]} labels - m class indices (0-based)
 * @param {{ W: number[][], b: number[], activation: string }[]} layers - W is n_in×n_out, b has n_out entries
 * @returns {{ loss: number, dW: number[][][], db: number[][] }} the mean cross-entropy, and for every
 *   layer l the gradients dW[l] (shape of W) and db[l] (shape of b)
 */
export function mlpBackward(X, labels, layers) {
  throw new Error('not implemented');
}
