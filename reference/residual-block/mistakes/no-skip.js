export const hint = {
  en: 'Your block has no skip connection: it returns relu(W2·a1 + b2), a plain two-layer network. Add the input x before the last ReLU: out = relu(W2·a1 + b2 + x).',
  zh: '你的残差块缺少跳跃连接：返回的是 relu(W2·a1 + b2)，只是普通的两层网络。在最后一个 ReLU 之前加上输入 x：out = relu(W2·a1 + b2 + x)。',
};

/** Rectified linear unit of one number. */
function relu(z) {
  return Math.max(0, z);
}

/** W·v + b for a matrix W (rows × len(v)) and a vector v: one dot product per row of W. */
function affine(W, v, b) {
  return W.map((row, i) => {
    let s = b[i];
    for (let j = 0; j < v.length; j++) s += row[j] * v[j];
    return s;
  });
}

export function residualBlock(x, W1, b1, W2, b2) {
  const a1 = affine(W1, x, b1).map(relu);
  const z2 = affine(W2, a1, b2);
  return z2.map(relu);
}
