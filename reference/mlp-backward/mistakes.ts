import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'activation-grad-from-z',
    hint: {
      en: "You evaluate the sigmoid/tanh derivative on z as if it were the activation: 1 − z² or z(1 − z). The formulas use the activation a = g(z): tanh'(z) = 1 − a², σ'(z) = a(1 − a).",
      zh: "你把 sigmoid/tanh 的导数公式用在了 z 上，好像它是激活值：1 − z² 或 z(1 − z)。这些公式用的是激活值 a = g(z)：tanh'(z) = 1 − a²，σ'(z) = a(1 − a)。",
    },
    edits: [
      { find: 'sigmoid: (z, a) => a * (1 - a),', replace: 'sigmoid: (z) => z * (1 - z),' },
      { find: 'tanh: (z, a) => 1 - a * a,', replace: 'tanh: (z) => 1 - z * z,' },
    ],
  },
  {
    name: 'bias-grad-not-summed',
    hint: {
      en: 'Your db[l] is dZ itself, one row per example. b is added to every example, so its gradient sums dZ over the examples (the rows): db[j] = Σ_i dZ[i][j], a vector like b.',
      zh: '你的 db[l] 就是 dZ 本身，每个样本一行。b 被加到每个样本上，所以它的梯度要对样本（行）求和：db[j] = Σ_i dZ[i][j]，与 b 一样是向量。',
    },
    edits: [
      {
        find: 'db[l] = dZ[0].map((_, j) => dZ.reduce((s, row) => s + row[j], 0)); // summed over the examples',
        replace: 'db[l] = dZ;',
      },
    ],
  },
  {
    name: 'missing-activation-derivative',
    hint: {
      en: "You pass dA straight through as dZ in the hidden layers. Going back through an activation multiplies by its derivative, element by element: dZ = dA ∗ g'(Z).",
      zh: "你在隐藏层直接把 dA 当作 dZ 传回去。反向穿过激活函数时要逐元素乘以它的导数：dZ = dA ∗ g'(Z)。",
    },
    edits: [
      { find: 'const gPrime = DERIVATIVES[activation];', replace: 'const gPrime = () => 1;' },
    ],
  },
  {
    name: 'relu-grad-one-at-zero',
    hint: {
      en: "Your ReLU derivative is 1 at z = 0. Take relu'(0) = 0 (as PyTorch does): the derivative is 1 only where z > 0.",
      zh: "你的 ReLU 导数在 z = 0 处取 1。请取 relu'(0) = 0（与 PyTorch 一致）：只有 z > 0 时导数才是 1。",
    },
    edits: [
      { find: 'relu: (z) => (z > 0 ? 1 : 0),', replace: 'relu: (z) => (z >= 0 ? 1 : 0),' },
    ],
  },
  {
    name: 'softmax-grad-not-divided-by-m',
    hint: {
      en: 'Your gradient of the logits is softmax − one-hot without the 1/m: the loss is the MEAN over the m examples, so ∂loss/∂Z = (softmax − one-hot) / m. Every dW and db is m times too large.',
      zh: '你对 logits 的梯度是 softmax − one-hot，少了 1/m：损失是 m 个样本的平均值，所以 ∂loss/∂Z = (softmax − one-hot) / m。你所有的 dW 和 db 都大了 m 倍。',
    },
    edits: [
      {
        find: 'return exps.map((e, j) => (e / sum - (j === labels[i] ? 1 : 0)) / m);',
        replace: 'return exps.map((e, j) => e / sum - (j === labels[i] ? 1 : 0));',
      },
    ],
  },
  {
    name: 'w-transposed',
    hint: {
      en: 'Your dW[l] is transposed: dZᵀ·A_prev is n_out×n_in. A gradient has the shape of its parameter: dW = A_prevᵀ·dZ, n_in×n_out like W.',
      zh: '你的 dW[l] 转置了：dZᵀ·A_prev 是 n_out×n_in。梯度与它的参数形状相同：dW = A_prevᵀ·dZ，与 W 一样是 n_in×n_out。',
    },
    edits: [
      {
        find: 'dW[l] = matmul(transpose(A[l]), dZ); // n_in × n_out, the shape of W',
        replace: 'dW[l] = matmul(transpose(dZ), A[l]);',
      },
    ],
  },
]);
