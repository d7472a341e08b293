import { defineGrader, type CheckDef } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/** A matrix with some exact zeros (the kinks of ReLU) among values in [−4, 4]. */
function withZeros(rng: Rng, m: number, n: number): number[][] {
  return Array.from({ length: m }, () => Array.from({ length: n }, () => (rng.random() < 0.2 ? 0 : rng.uniform(-4, 4))));
}

const V = [-3, -0.5, 0, 0.75, 2];
const M = [
  [-2.5, 1.2, 0.3],
  [4, -0.1, -1.7],
];

const OVERFLOW_TANH = 'e^z overflowed: use Math.tanh, or a form that only exponentiates −|z|';
const OVERFLOW_SIGMA = 'e^z overflowed: compute σ(z) as 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0';

/** number, vector and matrix checks for one export; `extra` are the arguments after z. */
function shapes(name: string, extra: unknown[], what = ''): CheckDef[] {
  const suffix = what ? ` ${what}` : '';
  return [
    { id: `${kebab(name)}-number`, kind: 'hidden', name: `${name} of a single number${suffix}`, call: name, args: [-1.3, ...extra] },
    { id: `${kebab(name)}-vector`, kind: 'hidden', name: `${name} of a vector${suffix}`, call: name, args: [V, ...extra] },
    { id: `${kebab(name)}-matrix`, kind: 'hidden', name: `${name} of a 2×3 matrix${suffix}`, call: name, args: [M, ...extra] },
  ];
}

function random(name: string, extra: (rng: Rng) => unknown[]): CheckDef {
  return {
    id: `${kebab(name)}-random`,
    kind: 'random',
    name: `${name} of random matrices`,
    call: name,
    count: 2,
    generate: (rng) => [withZeros(rng, rng.int(1, 4), rng.int(1, 5)), ...extra(rng)],
  };
}

function kebab(s: string) {
  return s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const alpha = (rng: Rng) => [rng.round(rng.uniform(0.01, 0.5), 3)];
const none = () => [];

export default defineGrader({
  checks: [
    // visible
    { id: 'relu-example', kind: 'example', name: 'relu of a vector (the worked example)', call: 'relu', args: [[-2, 0, 1.5]] },
    { id: 'leaky-grad-example', kind: 'example', name: 'leakyReluGrad of the same vector with alpha = 0.1', call: 'leakyReluGrad', args: [[-2, 0, 1.5], 0.1] },
    { id: 'tanh-grad-example', kind: 'example', name: 'tanhGrad of a 2×2 matrix', call: 'tanhGrad', args: [[[0, 1], [-1, 2]]] },

    // every export on a number, a vector and a matrix
    ...shapes('relu', []),
    ...shapes('leakyRelu', [0.2], 'with alpha = 0.2'),
    ...shapes('tanh', []),
    ...shapes('swish', []),
    ...shapes('linear', []),
    ...shapes('prelu', [0.25], 'with alpha = 0.25'),
    ...shapes('reluGrad', []),
    ...shapes('leakyReluGrad', [0.2], 'with alpha = 0.2'),
    ...shapes('tanhGrad', []),
    ...shapes('sigmoidGrad', []),
    ...shapes('swishGrad', []),

    // default alpha
    { id: 'leaky-relu-default-alpha', kind: 'edge', name: 'leakyRelu with alpha left out (0.01)', call: 'leakyRelu', args: [[-5, -1, 0, 2]] },
    { id: 'leaky-relu-default-alpha-number', kind: 'edge', name: 'leakyRelu(−3) with alpha left out', call: 'leakyRelu', args: [-3] },
    { id: 'leaky-relu-default-alpha-matrix', kind: 'edge', name: 'leakyRelu of a matrix with alpha left out', call: 'leakyRelu', args: [[[-100, 3], [0.5, -0.25]]] },
    { id: 'leaky-grad-default-alpha', kind: 'edge', name: 'leakyReluGrad with alpha left out (0.01)', call: 'leakyReluGrad', args: [[-5, -1, 2]] },
    { id: 'leaky-grad-default-alpha-matrix', kind: 'edge', name: 'leakyReluGrad of a matrix with alpha left out', call: 'leakyReluGrad', args: [[[-2, 3], [0.5, -0.25]]] },

    // exact zeros: the kink
    { id: 'relu-at-zero', kind: 'edge', name: 'relu(0) and relu(−0)', call: 'relu', args: [[0, -0]] },
    { id: 'relu-grad-at-zero', kind: 'edge', name: 'reluGrad(0) is 0', call: 'reluGrad', args: [0] },
    { id: 'relu-grad-at-negative-zero', kind: 'edge', name: 'reluGrad(−0) is 0', call: 'reluGrad', args: [-0] },
    { id: 'relu-grad-around-zero', kind: 'edge', name: 'reluGrad at 0, −0 and the tiniest numbers either side', call: 'reluGrad', args: [[[0, -0], [5e-324, -5e-324]]] },
    { id: 'leaky-relu-at-zero', kind: 'edge', name: 'leakyRelu at 0 and −0', call: 'leakyRelu', args: [[0, -0], 0.1] },
    { id: 'leaky-grad-at-zero', kind: 'edge', name: 'leakyReluGrad(0, 0.1) is alpha', call: 'leakyReluGrad', args: [0, 0.1] },
    { id: 'leaky-grad-at-negative-zero', kind: 'edge', name: 'leakyReluGrad(−0, 0.1) is alpha', call: 'leakyReluGrad', args: [-0, 0.1] },
    { id: 'leaky-grad-at-zero-default', kind: 'edge', name: 'leakyReluGrad(0) with alpha left out is 0.01', call: 'leakyReluGrad', args: [0] },
    { id: 'leaky-grad-around-zero', kind: 'edge', name: 'leakyReluGrad at 0, −0 and the tiniest numbers either side', call: 'leakyReluGrad', args: [[[0, -0], [5e-324, -5e-324]], 0.3] },
    { id: 'prelu-at-zero', kind: 'edge', name: 'prelu at 0 and −0', call: 'prelu', args: [[0, -0, 1], 0.5] },

    // PReLU's alpha is any number
    { id: 'prelu-alpha-above-one', kind: 'edge', name: 'prelu with a slope alpha = 2 (larger than 1)', call: 'prelu', args: [[[-3, -1, 0], [1, 2.5, 4]], 2] },
    { id: 'prelu-negative-alpha', kind: 'edge', name: 'prelu with a negative slope alpha = −0.5', call: 'prelu', args: [[-3, -1, 0, 1, 2.5], -0.5] },
    { id: 'prelu-alpha-zero', kind: 'edge', name: 'prelu with alpha = 0 is ReLU', call: 'prelu', args: [[-3, 0, 2], 0] },

    // saturation: large |z|
    { id: 'tanh-large', kind: 'edge', name: 'tanh(±1000) = ±1 and tanh(±20)', call: 'tanh', args: [[-1000, -20, 20, 1000]], nonFiniteHint: OVERFLOW_TANH },
    { id: 'tanh-large-number', kind: 'edge', name: 'tanh(1000) on a number', call: 'tanh', args: [1000], nonFiniteHint: OVERFLOW_TANH },
    { id: 'tanh-grad-large', kind: 'edge', name: 'tanhGrad at ±1000 and ±30 is 0', call: 'tanhGrad', args: [[[-1000, -30], [30, 1000]]], nonFiniteHint: OVERFLOW_TANH },
    { id: 'swish-large', kind: 'edge', name: 'swish at ±1000 and ±50 stays finite', call: 'swish', args: [[-1000, -50, 50, 1000]], nonFiniteHint: OVERFLOW_SIGMA },
    { id: 'sigmoid-grad-large', kind: 'edge', name: 'sigmoidGrad at ±1000 is 0, not NaN', call: 'sigmoidGrad', args: [[-1000, -40, 40, 1000]], nonFiniteHint: OVERFLOW_SIGMA },
    { id: 'sigmoid-grad-large-number', kind: 'edge', name: 'sigmoidGrad(1000) on a number', call: 'sigmoidGrad', args: [1000], nonFiniteHint: OVERFLOW_SIGMA },
    { id: 'sigmoid-grad-at-zero', kind: 'edge', name: 'sigmoidGrad(0) is 0.25', call: 'sigmoidGrad', args: [0] },
    { id: 'swish-grad-large', kind: 'edge', name: 'swishGrad at ±1000 and ±40', call: 'swishGrad', args: [[[-1000, -40], [40, 1000]]], nonFiniteHint: OVERFLOW_SIGMA },
    { id: 'swish-grad-at-zero', kind: 'edge', name: 'swishGrad(0) is 0.5', call: 'swishGrad', args: [0] },

    // shapes that are easy to get wrong
    { id: 'relu-single-row', kind: 'edge', name: 'relu of a 1×4 matrix stays 1×4', call: 'relu', args: [[[-1, 2, -3, 4]]] },
    { id: 'swish-grad-single-column', kind: 'edge', name: 'swishGrad of a 3×1 matrix stays 3×1', call: 'swishGrad', args: [[[-2], [0.5], [3]]] },
    { id: 'linear-empty', kind: 'edge', name: 'linear of an empty vector', call: 'linear', args: [[]] },

    // random
    random('relu', none),
    random('leakyRelu', alpha),
    random('tanh', none),
    random('swish', none),
    random('linear', none),
    random('prelu', (rng) => [rng.round(rng.uniform(-1, 3), 2)]),
    random('reluGrad', none),
    random('leakyReluGrad', alpha),
    random('tanhGrad', none),
    random('sigmoidGrad', none),
    random('swishGrad', none),
    {
      id: 'wide-range',
      kind: 'random',
      name: 'swishGrad over a wide range of z (|z| up to 60)',
      call: 'swishGrad',
      count: 2,
      generate: (rng) => [rng.matrix(3, 6, -60, 60)],
      nonFiniteHint: OVERFLOW_SIGMA,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 10:9 >= → >': 'at z = 0 both forms of the stable sigmoid give 0.5: the branch taken at 0 does not matter',
    'constant 10:12 0 → 1': 'for 0 ≤ z < 1 e^z/(1+e^z) is as accurate as 1/(1+e^−z): the branch only matters where e^z overflows',
    'boundary 20:35 > → >=': 'at z = 0 both branches give 0',
    'boundary 29:35 > → >=': 'at x = 0 both branches give 0 (α·0 = 0)',
    'boundary 62:35 > → >=': 'at x = 0 both branches give 0 (α·0 = 0)',
    'negation 88:15 Math.tanh(x) → -(Math.tanh(x))': 'tanh\'(x) = 1 − t² uses t only squared',
  },
});
