export const hint = {
  en: 'Your dropout is not inverted: after zeroing the dropped units, divide the kept ones by keepProb (out = A·mask / keepProb) so the expected activation stays the same.',
  zh: '你的 dropout 没有做“反向缩放”：把丢弃的单元置零后，还要把保留的单元除以 keepProb（out = A·mask / keepProb），这样激活值的期望才保持不变。',
};

export function invertedDropout(A, keepProb, u) {
  const mask = u.map((row) => row.map((x) => (x < keepProb ? 1 : 0)));
  const out = A.map((row, i) => row.map((a, j) => a * mask[i][j]));
  return { out, mask };
}
