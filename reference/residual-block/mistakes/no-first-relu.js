export const hint = {
  en: 'Your first layer has no activation: a1 = W1·x + b1. Apply the ReLU there too, a1 = relu(W1·x + b1), before multiplying by W2.',
  zh: '你的第一层没有激活函数：a1 = W1·x + b1。这里也要用 ReLU：a1 = relu(W1·x + b1)，然后再乘以 W2。',
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
  const a1 = affine(W1, x, b1);
  const z2 = affine(W2, a1, b2);
  return z2.map((z, i) => relu(z + x[i]));
}
