export const hint = {
  en: 'Your sigmoid handles numbers and vectors but not matrices: each row of a matrix reaches Math.exp as an array. Recurse (or map twice) so that every element of a matrix is transformed and a matrix comes back.',
  zh: '你的 sigmoid 能处理数和向量，但不能处理矩阵：矩阵的每一行被当作数组传给了 Math.exp。用递归（或两层 map）对矩阵的每个元素求值，并返回矩阵。',
};

const s = (v) => 1 / (1 + Math.exp(-v));

export function sigmoid(z) {
  if (Array.isArray(z)) return z.map(s);
  return s(z);
}
