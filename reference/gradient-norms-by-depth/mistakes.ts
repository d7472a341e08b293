import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'backward-order',
    hint: {
      en: 'Your norms come in the order the backward pass visits the layers (the last layer first). Index them by layer, layer 1 first: weightGradNorms[l − 1] belongs to W^[l].',
      zh: '你的范数是按反向传播访问各层的顺序排列的（最后一层在前）。请按层编号排列，第 1 层在前：weightGradNorms[l − 1] 对应 W^[l]。',
    },
    edits: [{ find: 'return { weightGradNorms, inputGradNorms };', replace: 'return { weightGradNorms: weightGradNorms.reverse(), inputGradNorms: inputGradNorms.reverse() };' }],
  },
  {
    name: 'no-relu-mask',
    hint: {
      en: 'You pass the gradient through the ReLU unchanged. Multiply it by relu′(Z): dZ = G where Z > 0 and 0 elsewhere (also at Z = 0).',
      zh: '你让梯度原样穿过了 ReLU。要乘以 relu′(Z)：Z > 0 处 dZ = G，其余（包括 Z = 0）为 0。',
    },
    edits: [{ find: '(Z[i][j] > 0 ? g : 0)', replace: 'g' }],
  },
  {
    name: 'relu-grad-one-at-zero',
    hint: {
      en: 'Your ReLU mask lets the gradient through where Z = 0 exactly (relu′(0) = 1). As in PyTorch, relu′(0) = 0: use Z > 0. With \'zeros\' weights every Z is 0, so every gradient is 0.',
      zh: "你的 ReLU 掩码在 Z 恰为 0 处让梯度通过了（relu′(0) = 1）。与 PyTorch 一致，relu′(0) = 0：请用 Z > 0。权重为 'zeros' 时每个 Z 都是 0，所以每个梯度都是 0。",
    },
    edits: [{ find: '(Z[i][j] > 0 ? g : 0)', replace: '(Z[i][j] >= 0 ? g : 0)' }],
  },
  {
    name: 'output-gradient-norms',
    hint: {
      en: "Your inputGradNorms are the gradients reaching each layer's output, ∂ℓ/∂A^[l]. Report the gradient with respect to the layer's input, ∂ℓ/∂A^[l−1] = dZ·W^[l]ᵀ: inputGradNorms[0] is the gradient with respect to X.",
      zh: '你的 inputGradNorms 是到达每层输出的梯度 ∂ℓ/∂A^[l]。应报告关于该层输入的梯度 ∂ℓ/∂A^[l−1] = dZ·W^[l]ᵀ：inputGradNorms[0] 是关于 X 的梯度。',
    },
    edits: [
      {
        find: `    G = matmul(dZ, transpose(weights[l]));
    inputGradNorms[l] = frobenius(G);`,
        replace: `    inputGradNorms[l] = frobenius(G);
    G = matmul(dZ, transpose(weights[l]));`,
      },
    ],
  },
]);
