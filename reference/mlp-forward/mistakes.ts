import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'activation-of-first-layer-everywhere',
    hint: {
      en: "Every layer uses the first layer's activation. Each layer has its own: use layers[l].activation for layer l.",
      zh: '你的每一层都用了第一层的激活函数。每层有自己的激活函数：第 l 层要用 layers[l].activation。',
    },
    edits: [
      {
        find: 'for (const { W, b, activation } of layers) {',
        replace: `const activation = layers[0].activation;
  for (const { W, b } of layers) {`,
      },
    ],
  },
  {
    name: 'activations-missing-input',
    hint: {
      en: 'Your activations list leaves out the input: activations[0] must be X itself, and activations[l] the output of layer l, so a network of L layers gives L + 1 matrices.',
      zh: '你的 activations 列表漏掉了输入：activations[0] 必须是 X 本身，activations[l] 是第 l 层的输出，所以 L 层的网络应有 L + 1 个矩阵。',
    },
    edits: [
      { find: 'const activations = [X.map((row) => row.slice())];', replace: 'const activations = [];' },
      { find: 'let A = activations[0];', replace: 'let A = X;' },
    ],
  },
  {
    name: 'bias-not-broadcast',
    hint: {
      en: "You add b[i], indexed by the example's row, instead of b[j], the bias of unit j. Every example gets the same bias vector: Z[i][j] = Σ_k A[i][k]·W[k][j] + b[j].",
      zh: '你加的是按样本行号取的 b[i]，而不是单元 j 的偏置 b[j]。每个样本加的都是同一个偏置向量：Z[i][j] = Σ_k A[i][k]·W[k][j] + b[j]。',
    },
    edits: [
      { find: 'return A.map((row) => {', replace: 'return A.map((row, i) => {' },
      { find: 'let z = b[j];', replace: 'let z = b[i];' },
    ],
  },
  {
    name: 'last-layer-activation-skipped',
    hint: {
      en: 'Your last layer returns its pre-activation Z (no activation). The output layer applies its own activation like every other layer: use layers[L−1].activation there too.',
      zh: '你的最后一层返回的是激活前的 Z（没有用激活函数）。输出层和其他层一样要用自己的激活函数：最后一层也要用 layers[L−1].activation。',
    },
    edits: [
      {
        find: `for (const { W, b, activation } of layers) {
    A = denseForward(A, W, b, activation);`,
        replace: `for (let l = 0; l < layers.length; l++) {
    const { W, b, activation } = layers[l];
    A = denseForward(A, W, b, l === layers.length - 1 ? 'linear' : activation);`,
      },
    ],
  },
]);
