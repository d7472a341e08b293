export const hint = {
  en: 'Your output skips the last ReLU: W2·a1 + b2 + x. The block ends with an activation applied after adding x: out = relu(W2·a1 + b2 + x).',
  zh: '你的输出少了最后一个 ReLU：W2·a1 + b2 + x。残差块在加上 x 之后还要再做一次激活：out = relu(W2·a1 + b2 + x)。',
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
  return z2.map((z, i) => z + x[i]);
}
