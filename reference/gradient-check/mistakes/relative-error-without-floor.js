export const hint = {
  en: 'Your relative error divides by ‖a‖ + ‖b‖ without the floor: two zero vectors give 0/0 = NaN. Divide by max(‖a‖ + ‖b‖, 1e-12).',
  zh: '你的相对误差直接除以 ‖a‖ + ‖b‖，没有下限：两个零向量得到 0/0 = NaN。请除以 max(‖a‖ + ‖b‖, 1e-12)。',
};

export function numericalGradient(f, x, h = 1e-5) {
  const grad = [];
  for (let i = 0; i < x.length; i++) {
    const plus = [...x];
    const minus = [...x];
    plus[i] += h;
    minus[i] -= h;
    grad.push((f(plus) - f(minus)) / (2 * h));
  }
  return grad;
}

export function relativeError(a, b) {
  const norm = (v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return norm(a.map((ai, i) => ai - b[i])) / (norm(a) + norm(b));
}
