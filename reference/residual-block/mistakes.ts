import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'no-final-relu',
    hint: {
      en: 'Your output skips the last ReLU: W2·a1 + b2 + x. The block ends with an activation applied after adding x: out = relu(W2·a1 + b2 + x).',
      zh: '你的输出少了最后一个 ReLU：W2·a1 + b2 + x。残差块在加上 x 之后还要再做一次激活：out = relu(W2·a1 + b2 + x)。',
    },
    edits: [
      { find: 'return z2.map((z, i) => relu(z + x[i]));', replace: 'return z2.map((z, i) => z + x[i]);' },
    ],
  },
  {
    name: 'no-first-relu',
    hint: {
      en: 'Your first layer has no activation: a1 = W1·x + b1. Apply the ReLU there too, a1 = relu(W1·x + b1), before multiplying by W2.',
      zh: '你的第一层没有激活函数：a1 = W1·x + b1。这里也要用 ReLU：a1 = relu(W1·x + b1)，然后再乘以 W2。',
    },
    edits: [
      { find: 'const a1 = affine(W1, x, b1).map(relu);', replace: 'const a1 = affine(W1, x, b1);' },
    ],
  },
  {
    name: 'no-skip',
    hint: {
      en: 'Your block has no skip connection: it returns relu(W2·a1 + b2), a plain two-layer network. Add the input x before the last ReLU: out = relu(W2·a1 + b2 + x).',
      zh: '你的残差块缺少跳跃连接：返回的是 relu(W2·a1 + b2)，只是普通的两层网络。在最后一个 ReLU 之前加上输入 x：out = relu(W2·a1 + b2 + x)。',
    },
    edits: [
      { find: 'return z2.map((z, i) => relu(z + x[i]));', replace: 'return z2.map(relu);' },
    ],
  },
  {
    name: 'skip-after-relu',
    hint: {
      en: 'You add the skip connection after the final ReLU: relu(W2·a1 + b2) + x. In a residual block x joins the sum before the activation: out = relu(W2·a1 + b2 + x), so the output is never negative.',
      zh: '你在最后一个 ReLU 之后才加上跳跃连接：relu(W2·a1 + b2) + x。残差块里 x 要在激活之前加入求和：out = relu(W2·a1 + b2 + x)，所以输出永远不会是负数。',
    },
    edits: [
      { find: 'return z2.map((z, i) => relu(z + x[i]));', replace: 'return z2.map((z, i) => relu(z) + x[i]);' },
    ],
  },
  {
    name: 'weights-transposed',
    hint: {
      en: 'You multiply by the transposed weights (Σ_i x_i·W1[i][j], the batch-row form x·W of dense layers). Here the block is in column form: W1 is h×n and (W1·x)_i = Σ_j W1[i][j]·x_j, one dot product per row of W1; likewise W2 (n×h) times a1.',
      zh: '你乘的是转置后的权重（Σ_i x_i·W1[i][j]，也就是全连接层按行批量的 x·W 写法）。这里的残差块用列向量形式：W1 是 h×n，(W1·x)_i = Σ_j W1[i][j]·x_j，每一行做一次点积；W2（n×h）乘 a1 同理。',
    },
    edits: [
      {
        find: `return W.map((row, i) => {
    let s = b[i];
    for (let j = 0; j < v.length; j++) s += row[j] * v[j];
    return s;
  });`,
        replace: `const out = [];
  for (let j = 0; j < W[0].length; j++) {
    let s = b[j];
    for (let i = 0; i < W.length; i++) s += v[i] * W[i][j];
    out.push(s);
  }
  return out;`,
      },
    ],
  },
]);
