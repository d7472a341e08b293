/** M·v for a matrix M (rows) and a vector v. */
function matVec(M, v) {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j], 0));
}

/** Softmax of a vector, shifted by its maximum so that exp never overflows. */
function softmax(z) {
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/**
 * One tanh RNN over a sequence, from a zero initial state: a<t> = tanh(Waa·a<t−1> + Wax·x<t> + ba).
 * Returns the activations in the order the inputs were read.
 */
function runRnn(xs, p) {
  let a = p.ba.map(() => 0);
  const as = [];
  for (const x of xs) {
    const fromA = matVec(p.Waa, a);
    const fromX = matVec(p.Wax, x);
    a = fromA.map((v, i) => Math.tanh(v + fromX[i] + p.ba[i]));
    as.push(a);
  }
  return as;
}

/**
 * A bidirectional RNN: yHat<t> = softmax(Wy·[a→<t>, a←<t>] + by).
 *
 * @param {number[][]} xs - T×n_x, one row per time step
 * @param {{ Waa: number[][], Wax: number[][], ba: number[] }} pForward - the forward direction
 * @param {{ Waa: number[][], Wax: number[][], ba: number[] }} pBackward - the backward direction
 * @param {number[][]} Wy - n_y×(n_a→ + n_a←): forward columns first, then backward columns
 * @param {number[]} by - n_y
 * @returns {number[][]} T×n_y, one probability vector per time step
 */
export function bidirectionalRnn(xs, pForward, pBackward, Wy, by) {
  const forward = runRnn(xs, pForward);
  // Read the sequence from the last step to the first, then put the activations back in time order.
  const backward = runRnn([...xs].reverse(), pBackward).reverse();
  return xs.map((_, t) => {
    const both = [...forward[t], ...backward[t]];
    const logits = matVec(Wy, both).map((v, k) => v + by[k]);
    return softmax(logits);
  });
}

/**
 * A stacked (deep) RNN: layer 0 reads xs, layer i reads the activations of layer i − 1.
 *
 * @param {number[][]} xs - T×n_x
 * @param {{ Waa: number[][], Wax: number[][], ba: number[] }[]} layers - layer i's Wax has as many columns as layer i − 1 has units
 * @returns {number[][]} T×n_a of the last layer
 */
export function deepRnnForward(xs, layers) {
  let inputs = xs;
  for (const layer of layers) inputs = runRnn(inputs, layer);
  return inputs;
}
