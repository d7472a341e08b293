export const hint = {
  en: 'Your L2 penalty takes the square root: λ·‖w‖. The penalty is λ times the sum of the squares, λ Σ w², with no square root.',
  zh: '你的 L2 惩罚开了平方根：λ·‖w‖。惩罚是 λ 乘以平方和，即 λ Σ w²，不开平方根。',
};

export function l1Penalty(weights, lambda) {
  let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += Math.abs(w);
  return lambda * sum;
}

export function l2Penalty(weights, lambda) {
  let sum = 0;
  for (const W of weights) for (const row of W) for (const w of row) sum += w * w;
  return lambda * Math.sqrt(sum);
}
