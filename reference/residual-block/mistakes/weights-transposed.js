export const hint = {
  en: 'You multiply by the transposed weights (Σ_i x_i·W1[i][j], the batch-row form x·W of dense layers). Here the block is in column form: W1 is h×n and (W1·x)_i = Σ_j W1[i][j]·x_j, one dot product per row of W1; likewise W2 (n×h) times a1.',
  zh: '你乘的是转置后的权重（Σ_i x_i·W1[i][j]，也就是全连接层按行批量的 x·W 写法）。这里的残差块用列向量形式：W1 是 h×n，(W1·x)_i = Σ_j W1[i][j]·x_j，每一行做一次点积；W2（n×h）乘 a1 同理。',
};

function relu(z) {
  return Math.max(0, z);
}

// v·W + b: one dot product per column of W (the dense-layer convention, wrong here).
function affine(W, v, b) {
  const out = [];
  for (let j = 0; j < W[0].length; j++) {
    let s = b[j];
    for (let i = 0; i < W.length; i++) s += v[i] * W[i][j];
    out.push(s);
  }
  return out;
}

export function residualBlock(x, W1, b1, W2, b2) {
  const a1 = affine(W1, x, b1).map(relu);
  const z2 = affine(W2, a1, b2);
  return z2.map((z, i) => relu(z + x[i]));
}
