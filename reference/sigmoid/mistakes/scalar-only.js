export const hint = {
  en: 'Your sigmoid only works on a single number: given an array, Math.exp(-z) is NaN. Check Array.isArray(z) and apply the sigmoid to every element, keeping the shape (a vector gives a vector, a matrix a matrix).',
  zh: '你的 sigmoid 只能处理单个数：传入数组时 Math.exp(-z) 是 NaN。用 Array.isArray(z) 判断，对每个元素分别求 sigmoid，并保持形状（向量返回向量，矩阵返回矩阵）。',
};

export function sigmoid(z) {
  return 1 / (1 + Math.exp(-z));
}
