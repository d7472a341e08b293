// Randomized leaky ReLU (PyTorch RReLU) and its derivative, elementwise on a number, a vector
// or a matrix. The random numbers come in as u, one per element, in the shape of z.

/** Apply f(z, u) to every number of z together with the number of u at the same position. */
function elementwise(z, u, f) {
  if (Array.isArray(z)) return z.map((v, i) => elementwise(v, u == null ? u : u[i], f));
  return f(z, u);
}

function checkMode(mode) {
  if (mode !== 'train' && mode !== 'eval') throw new Error(`unknown mode '${mode}': use 'train' or 'eval'`);
}

/** The negative slope of one element: random in training, the mean of the range in evaluation. */
function slope(mode, u, lower, upper) {
  if (mode === 'train') return lower + (upper - lower) * u;
  return (lower + upper) / 2;
}

/**
 * @param {number|number[]|number[][]} z - pre-activations
 * @param {'train'|'eval'} mode
 * @param {number|number[]|number[][]|null} [u] - uniform numbers in [0, 1), z's shape ('train' only)
 * @param {number} [lower=1/8]
 * @param {number} [upper=1/3]
 * @returns {number|number[]|number[][]} z where z ≥ 0, a·z elsewhere
 */
export function rrelu(z, mode, u, lower = 1 / 8, upper = 1 / 3) {
  checkMode(mode);
  return elementwise(z, u, (x, ui) => (x >= 0 ? x : slope(mode, ui, lower, upper) * x));
}

/**
 * @param {number|number[]|number[][]} z - pre-activations
 * @param {'train'|'eval'} mode
 * @param {number|number[]|number[][]|null} [u] - the same uniform numbers as the forward pass
 * @param {number} [lower=1/8]
 * @param {number} [upper=1/3]
 * @returns {number|number[]|number[][]} 1 where z > 0, the slope a elsewhere (a at 0)
 */
export function rreluGrad(z, mode, u, lower = 1 / 8, upper = 1 / 3) {
  checkMode(mode);
  return elementwise(z, u, (x, ui) => (x > 0 ? 1 : slope(mode, ui, lower, upper)));
}
