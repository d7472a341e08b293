import { defineGrader, type CheckDef } from '../src/lib/engine/grader';
import { STABLE_SIGMOID, stableSigmoidMutants } from '../src/lib/engine/kit';
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

const OVERFLOW_TANH = { en: 'e^z overflowed: use Math.tanh, or a form that only exponentiates −|z|', zh: 'e^z 溢出了：请用 Math.tanh，或只对 −|z| 取指数的写法' };

/** number, vector and matrix checks for one export; `extra` are the arguments after z. */
function shapes(name: string, extra: unknown[], what?: { en: string; zh: string }): CheckDef[] {
  const suffix = what ? ` ${what.en}` : '';
  const zhSuffix = what ? `，${what.zh}` : '';
  return [
    { id: `${kebab(name)}-number`, kind: 'hidden', name: { en: `${name} of a single number${suffix}`, zh: `${name} 作用于单个数${zhSuffix}` }, call: name, args: [-1.3, ...extra] },
    { id: `${kebab(name)}-vector`, kind: 'hidden', name: { en: `${name} of a vector${suffix}`, zh: `${name} 作用于向量${zhSuffix}` }, call: name, args: [V, ...extra] },
    { id: `${kebab(name)}-matrix`, kind: 'hidden', name: { en: `${name} of a 2×3 matrix${suffix}`, zh: `${name} 作用于 2×3 矩阵${zhSuffix}` }, call: name, args: [M, ...extra] },
  ];
}

function random(name: string, extra: (rng: Rng) => unknown[]): CheckDef {
  return {
    id: `${kebab(name)}-random`,
    kind: 'random',
    name: { en: `${name} of random matrices`, zh: `${name} 作用于随机矩阵` },
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
    { id: 'relu-example', kind: 'example', name: { en: 'relu of a vector (the worked example)', zh: 'relu 作用于一个向量（题中例子）' }, call: 'relu', args: [[-2, 0, 1.5]] },
    { id: 'leaky-grad-example', kind: 'example', name: { en: 'leakyReluGrad of the same vector with alpha = 0.1', zh: 'leakyReluGrad 作用于同一个向量，alpha = 0.1' }, call: 'leakyReluGrad', args: [[-2, 0, 1.5], 0.1] },
    { id: 'tanh-grad-example', kind: 'example', name: { en: 'tanhGrad of a 2×2 matrix', zh: 'tanhGrad 作用于一个 2×2 矩阵' }, call: 'tanhGrad', args: [[[0, 1], [-1, 2]]] },

    // every export on a number, a vector and a matrix
    ...shapes('relu', []),
    ...shapes('leakyRelu', [0.2], { en: 'with alpha = 0.2', zh: 'alpha = 0.2' }),
    ...shapes('tanh', []),
    ...shapes('swish', []),
    ...shapes('linear', []),
    ...shapes('prelu', [0.25], { en: 'with alpha = 0.25', zh: 'alpha = 0.25' }),
    ...shapes('reluGrad', []),
    ...shapes('leakyReluGrad', [0.2], { en: 'with alpha = 0.2', zh: 'alpha = 0.2' }),
    ...shapes('tanhGrad', []),
    ...shapes('sigmoidGrad', []),
    ...shapes('swishGrad', []),

    // default alpha
    { id: 'leaky-relu-default-alpha', kind: 'edge', name: { en: 'leakyRelu with alpha left out (0.01)', zh: 'leakyRelu 省略 alpha（0.01）' }, call: 'leakyRelu', args: [[-5, -1, 0, 2]] },
    { id: 'leaky-relu-default-alpha-number', kind: 'edge', name: { en: 'leakyRelu(−3) with alpha left out', zh: 'leakyRelu(−3) 省略 alpha' }, call: 'leakyRelu', args: [-3] },
    { id: 'leaky-relu-default-alpha-matrix', kind: 'edge', name: { en: 'leakyRelu of a matrix with alpha left out', zh: 'leakyRelu 作用于矩阵，省略 alpha' }, call: 'leakyRelu', args: [[[-100, 3], [0.5, -0.25]]] },
    { id: 'leaky-grad-default-alpha', kind: 'edge', name: { en: 'leakyReluGrad with alpha left out (0.01)', zh: 'leakyReluGrad 省略 alpha（0.01）' }, call: 'leakyReluGrad', args: [[-5, -1, 2]] },
    { id: 'leaky-grad-default-alpha-matrix', kind: 'edge', name: { en: 'leakyReluGrad of a matrix with alpha left out', zh: 'leakyReluGrad 作用于矩阵，省略 alpha' }, call: 'leakyReluGrad', args: [[[-2, 3], [0.5, -0.25]]] },

    // exact zeros: the kink
    { id: 'relu-at-zero', kind: 'edge', name: { en: 'relu(0) and relu(−0)', zh: 'relu(0) 与 relu(−0)' }, call: 'relu', args: [[0, -0]] },
    { id: 'relu-grad-at-zero', kind: 'edge', name: { en: 'reluGrad(0) is 0', zh: 'reluGrad(0) 为 0' }, call: 'reluGrad', args: [0] },
    { id: 'relu-grad-at-negative-zero', kind: 'edge', name: { en: 'reluGrad(−0) is 0', zh: 'reluGrad(−0) 为 0' }, call: 'reluGrad', args: [-0] },
    { id: 'relu-grad-around-zero', kind: 'edge', name: { en: 'reluGrad at 0, −0 and the tiniest numbers either side', zh: 'reluGrad 在 0、−0 以及两侧最小的数处' }, call: 'reluGrad', args: [[[0, -0], [5e-324, -5e-324]]] },
    { id: 'leaky-relu-at-zero', kind: 'edge', name: { en: 'leakyRelu at 0 and −0', zh: 'leakyRelu 在 0 与 −0 处' }, call: 'leakyRelu', args: [[0, -0], 0.1] },
    { id: 'leaky-grad-at-zero', kind: 'edge', name: { en: 'leakyReluGrad(0, 0.1) is alpha', zh: 'leakyReluGrad(0, 0.1) 为 alpha' }, call: 'leakyReluGrad', args: [0, 0.1] },
    { id: 'leaky-grad-at-negative-zero', kind: 'edge', name: { en: 'leakyReluGrad(−0, 0.1) is alpha', zh: 'leakyReluGrad(−0, 0.1) 为 alpha' }, call: 'leakyReluGrad', args: [-0, 0.1] },
    { id: 'leaky-grad-at-zero-default', kind: 'edge', name: { en: 'leakyReluGrad(0) with alpha left out is 0.01', zh: '省略 alpha 时 leakyReluGrad(0) 为 0.01' }, call: 'leakyReluGrad', args: [0] },
    { id: 'leaky-grad-around-zero', kind: 'edge', name: { en: 'leakyReluGrad at 0, −0 and the tiniest numbers either side', zh: 'leakyReluGrad 在 0、−0 以及两侧最小的数处' }, call: 'leakyReluGrad', args: [[[0, -0], [5e-324, -5e-324]], 0.3] },
    { id: 'prelu-at-zero', kind: 'edge', name: { en: 'prelu at 0 and −0', zh: 'prelu 在 0 与 −0 处' }, call: 'prelu', args: [[0, -0, 1], 0.5] },

    // PReLU's alpha is any number
    { id: 'prelu-alpha-above-one', kind: 'edge', name: { en: 'prelu with a slope alpha = 2 (larger than 1)', zh: 'prelu 的斜率 alpha = 2（大于 1）' }, call: 'prelu', args: [[[-3, -1, 0], [1, 2.5, 4]], 2] },
    { id: 'prelu-negative-alpha', kind: 'edge', name: { en: 'prelu with a negative slope alpha = −0.5', zh: 'prelu 的斜率为负：alpha = −0.5' }, call: 'prelu', args: [[-3, -1, 0, 1, 2.5], -0.5] },
    { id: 'prelu-alpha-zero', kind: 'edge', name: { en: 'prelu with alpha = 0 is ReLU', zh: 'alpha = 0 的 prelu 就是 ReLU' }, call: 'prelu', args: [[-3, 0, 2], 0] },

    // saturation: large |z|
    { id: 'tanh-large', kind: 'edge', name: { en: 'tanh(±1000) = ±1 and tanh(±20)', zh: 'tanh(±1000) = ±1，以及 tanh(±20)' }, call: 'tanh', args: [[-1000, -20, 20, 1000]], nonFiniteHint: OVERFLOW_TANH },
    { id: 'tanh-large-number', kind: 'edge', name: { en: 'tanh(1000) on a number', zh: '对单个数求 tanh(1000)' }, call: 'tanh', args: [1000], nonFiniteHint: OVERFLOW_TANH },
    { id: 'tanh-grad-large', kind: 'edge', name: { en: 'tanhGrad at ±1000 and ±30 is 0', zh: 'tanhGrad 在 ±1000 和 ±30 处为 0' }, call: 'tanhGrad', args: [[[-1000, -30], [30, 1000]]], nonFiniteHint: OVERFLOW_TANH },
    { id: 'swish-large', kind: 'edge', name: { en: 'swish at ±1000 and ±50 stays finite', zh: 'swish 在 ±1000 和 ±50 处保持有限' }, call: 'swish', args: [[-1000, -50, 50, 1000]], nonFiniteHint: STABLE_SIGMOID },
    { id: 'sigmoid-grad-large', kind: 'edge', name: { en: 'sigmoidGrad at ±1000 is 0, not NaN', zh: 'sigmoidGrad 在 ±1000 处为 0，而不是 NaN' }, call: 'sigmoidGrad', args: [[-1000, -40, 40, 1000]], nonFiniteHint: STABLE_SIGMOID },
    { id: 'sigmoid-grad-large-number', kind: 'edge', name: { en: 'sigmoidGrad(1000) on a number', zh: '对单个数求 sigmoidGrad(1000)' }, call: 'sigmoidGrad', args: [1000], nonFiniteHint: STABLE_SIGMOID },
    { id: 'sigmoid-grad-at-zero', kind: 'edge', name: { en: 'sigmoidGrad(0) is 0.25', zh: 'sigmoidGrad(0) 为 0.25' }, call: 'sigmoidGrad', args: [0] },
    { id: 'swish-grad-large', kind: 'edge', name: { en: 'swishGrad at ±1000 and ±40', zh: 'swishGrad 在 ±1000 和 ±40 处' }, call: 'swishGrad', args: [[[-1000, -40], [40, 1000]]], nonFiniteHint: STABLE_SIGMOID },
    { id: 'swish-grad-at-zero', kind: 'edge', name: { en: 'swishGrad(0) is 0.5', zh: 'swishGrad(0) 为 0.5' }, call: 'swishGrad', args: [0] },

    // shapes that are easy to get wrong
    { id: 'relu-single-row', kind: 'edge', name: { en: 'relu of a 1×4 matrix stays 1×4', zh: '1×4 矩阵的 relu 仍是 1×4' }, call: 'relu', args: [[[-1, 2, -3, 4]]] },
    { id: 'swish-grad-single-column', kind: 'edge', name: { en: 'swishGrad of a 3×1 matrix stays 3×1', zh: '3×1 矩阵的 swishGrad 仍是 3×1' }, call: 'swishGrad', args: [[[-2], [0.5], [3]]] },
    { id: 'linear-empty', kind: 'edge', name: { en: 'linear of an empty vector', zh: '空向量的 linear' }, call: 'linear', args: [[]] },

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
      name: { en: 'swishGrad over a wide range of z (|z| up to 60)', zh: 'swishGrad 在很宽的 z 范围内（|z| 最大到 60）' },
      call: 'swishGrad',
      count: 2,
      generate: (rng) => [rng.matrix(3, 6, -60, 60)],
      nonFiniteHint: STABLE_SIGMOID,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(10),
    'boundary 20:35 > → >=': 'at z = 0 both branches give 0',
    'boundary 29:35 > → >=': 'at x = 0 both branches give 0 (α·0 = 0)',
    'boundary 62:35 > → >=': 'at x = 0 both branches give 0 (α·0 = 0)',
    'negation 88:15 Math.tanh(x) → -(Math.tanh(x))': 'tanh\'(x) = 1 − t² uses t only squared',
  },
});
