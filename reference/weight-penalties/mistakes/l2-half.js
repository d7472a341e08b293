export const hint = {
  en: 'Your L2 penalty has a factor ½: λ/2 Σ w². This exercise (like the usual PyTorch code that adds the penalty to the loss) uses λ Σ w², without the ½.',
  zh: '你的 L2 惩罚多了一个 ½：λ/2 Σ w²。本题（与把惩罚加到损失上的常见 PyTorch 写法一样）使用 λ Σ w²，没有 ½。',
};

export function l1Penalty(weights, lambda) {
  let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += Math.abs(w);
  return lambda * sum;
}

export function l2Penalty(weights, lambda) {
  let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return (lambda / 2) * sum;
}
