export const hint = {
  en: 'You compute e^z / (1 + e^z): for z = 1000, e^z overflows to Infinity and Infinity/Infinity is NaN. Use 1 / (1 + e^−z) when z ≥ 0 (and e^z / (1 + e^z) only when z < 0), so exp never overflows.',
  zh: '你计算的是 e^z / (1 + e^z)：当 z = 1000 时 e^z 溢出为 Infinity，Infinity/Infinity 得到 NaN。z ≥ 0 时用 1 / (1 + e^−z)（仅在 z < 0 时用 e^z / (1 + e^z)），这样 exp 永远不会溢出。',
};

export function sigmoid(z) {
  if (Array.isArray(z)) return z.map((v) => sigmoid(v));
  const e = Math.exp(z);
  return e / (1 + e);
}
