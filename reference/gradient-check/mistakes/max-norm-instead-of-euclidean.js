export const hint = {
  en: 'Your relative error uses the largest absolute entry (the max norm). The norms here are Euclidean: ‖v‖ = √(Σ v_i²), for a − b, a and b alike.',
  zh: '你的相对误差用了绝对值最大的分量（最大范数）。这里的范数是欧几里得范数：‖v‖ = √(Σ v_i²)，a − b、a、b 都一样。',
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
  const norm = (v) => Math.max(0, ...v.map(Math.abs));
  return norm(a.map((ai, i) => ai - b[i])) / Math.max(norm(a) + norm(b), 1e-12);
}
