export const hint = {
  en: 'You add the skip connection after the final ReLU: relu(W2·a1 + b2) + x. In a residual block x joins the sum before the activation: out = relu(W2·a1 + b2 + x), so the output is never negative.',
  zh: '你在最后一个 ReLU 之后才加上跳跃连接：relu(W2·a1 + b2) + x。残差块里 x 要在激活之前加入求和：out = relu(W2·a1 + b2 + x)，所以输出永远不会是负数。',
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
  return z2.map((z, i) => relu(z) + x[i]);
}
