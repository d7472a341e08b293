import { defineGrader } from '../src/lib/engine/grader';
import { stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

const ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'linear'] as const;
type Act = (typeof ACTIVATIONS)[number];

/** A random network: `sizes` = [n_0, n_1, …, n_L], one activation per layer. */
function net(rng: Rng, sizes: number[], acts: readonly Act[]) {
  return acts.map((activation, l) => ({
    W: rng.matrix(sizes[l], sizes[l + 1], -1.5, 1.5),
    b: rng.vector(sizes[l + 1], -0.5, 0.5),
    activation,
  }));
}

const X = [
  [1, 2],
  [-1, 0.5],
];
const LAYERS = [
  { W: [[1, -1, 0.5], [0.5, 1, -1]], b: [0, 0.5, -0.5], activation: 'relu' },
  { W: [[1], [-1], [2]], b: [0.5], activation: 'sigmoid' },
];

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'two examples through a relu layer and a sigmoid layer (the worked example)', zh: '两个样本经过一个 relu 层和一个 sigmoid 层（题中例子）' }, call: 'mlpForward', args: [X, LAYERS] },
    {
      id: 'tanh-linear-example',
      kind: 'example',
      name: { en: 'one example through a tanh layer and a linear layer', zh: '一个样本经过一个 tanh 层和一个 linear 层' },
      call: 'mlpForward',
      args: [[[0.5, -1]], [{ W: [[1, 0], [0, 2]], b: [0, 0], activation: 'tanh' }, { W: [[1], [1]], b: [1], activation: 'linear' }]],
    },

    // named edges
    { id: 'single-layer', kind: 'edge', name: { en: 'a network of a single layer', zh: '只有一层的网络' }, call: 'mlpForward', args: [[[1, -2, 3], [0, 1, -1]], [{ W: [[0.5, -1], [1, 0.5], [-0.5, 2]], b: [0.1, -0.2], activation: 'tanh' }]] },
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one example through three layers', zh: '只有一个样本的批次经过三层' }, call: 'mlpForward', generate: (rng) => [rng.matrix(1, 3, -2, 2), net(rng, [3, 4, 3, 2], ['relu', 'tanh', 'sigmoid'])] },
    { id: 'three-layers-mixed', kind: 'edge', name: { en: 'a 3-layer net: relu, tanh, sigmoid', zh: '3 层网络：relu、tanh、sigmoid' }, call: 'mlpForward', generate: (rng) => [rng.matrix(4, 3, -2, 2), net(rng, [3, 5, 4, 2], ['relu', 'tanh', 'sigmoid'])] },
    { id: 'three-layers-linear-out', kind: 'edge', name: { en: 'a 3-layer net: sigmoid, relu, linear', zh: '3 层网络：sigmoid、relu、linear' }, call: 'mlpForward', generate: (rng) => [rng.matrix(5, 2, -2, 2), net(rng, [2, 3, 3, 3], ['sigmoid', 'relu', 'linear'])] },
    { id: 'three-layers-relu-last', kind: 'edge', name: { en: 'a 3-layer net: linear, tanh, relu', zh: '3 层网络：linear、tanh、relu' }, call: 'mlpForward', generate: (rng) => [rng.matrix(3, 4, -2, 2), net(rng, [4, 3, 2, 3], ['linear', 'tanh', 'relu'])] },
    { id: 'one-unit-layers', kind: 'edge', name: { en: 'layers of a single unit', zh: '只有一个单元的层' }, call: 'mlpForward', args: [[[2], [-1], [0.5]], [{ W: [[1.5]], b: [-1], activation: 'relu' }, { W: [[-2]], b: [0.5], activation: 'tanh' }, { W: [[3]], b: [0], activation: 'sigmoid' }]] },
    {
      id: 'sigmoid-saturated',
      kind: 'edge',
      name: {
        en: 'a sigmoid layer with pre-activations of ±900 and more (e^z/(1+e^z) is NaN for z > 709)',
        zh: 'sigmoid 层的预激活值达到 ±900 以上（e^z/(1+e^z) 在 z > 709 时为 NaN）',
      },
      call: 'mlpForward',
      args: [[[2, -1], [-1.5, 3]], [{ W: [[400, -300], [-100, 350]], b: [0, 0], activation: 'sigmoid' }]],
    },
    { id: 'dead-relu-layer', kind: 'edge', name: { en: 'a relu layer whose outputs are all 0', zh: '输出全为 0 的 relu 层' }, call: 'mlpForward', args: [[[1, 1], [2, 3]], [{ W: [[-1, -2], [-1, -1]], b: [0, -1], activation: 'relu' }, { W: [[1], [1]], b: [0.25], activation: 'sigmoid' }]] },

    // hidden
    { id: 'deep', kind: 'hidden', name: { en: 'five layers', zh: '五层' }, call: 'mlpForward', generate: (rng) => [rng.matrix(6, 4, -1, 1), net(rng, [4, 6, 5, 4, 3, 2], ['tanh', 'relu', 'sigmoid', 'relu', 'linear'])] },
    { id: 'wide', kind: 'hidden', name: { en: 'a wide hidden layer of 12 units', zh: '12 个单元的宽隐藏层' }, call: 'mlpForward', generate: (rng) => [rng.matrix(8, 5, -3, 3), net(rng, [5, 12, 3], ['relu', 'tanh'])] },
    { id: 'narrowing', kind: 'hidden', name: { en: 'more examples than units in every layer', zh: '每层的样本数都多于单元数' }, call: 'mlpForward', generate: (rng) => [rng.matrix(10, 3, -2, 2), net(rng, [3, 2, 2], ['sigmoid', 'linear'])] },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random networks', zh: '随机网络' },
      call: 'mlpForward',
      count: 6,
      generate: (rng) => {
        const L = rng.int(1, 4);
        const sizes = Array.from({ length: L + 1 }, () => rng.int(1, 5));
        const acts = Array.from({ length: L }, () => rng.pick(ACTIVATIONS));
        return [rng.matrix(rng.int(1, 6), sizes[0], -2, 2), net(rng, sizes, acts)];
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(6),
    'boundary 14:24 > → >=': 'at z = 0 both branches give 0',
    'guard 32:5 if (row.length !== nIn) → (removed)': 'outside the contract: the statement promises shapes that fit, and says nothing of this error',
  },
});
