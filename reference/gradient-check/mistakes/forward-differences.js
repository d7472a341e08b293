export const hint = {
  en: 'You use forward differences (f(x + h·e_i) − f(x)) / h: their error shrinks only like h. Use centered differences (f(x + h·e_i) − f(x − h·e_i)) / (2h), whose error shrinks like h², and never evaluate f(x) itself.',
  zh: '你用了前向差分 (f(x + h·e_i) − f(x)) / h：它的误差只按 h 缩小。请用中心差分 (f(x + h·e_i) − f(x − h·e_i)) / (2h)，误差按 h² 缩小，并且不要计算 f(x) 本身。',
};

export function numericalGradient(f, x, h = 1e-5) {
  const f0 = f(x.slice());
  return x.map((_, i) => {
    const xp = x.slice();
    xp[i] += h;
    return (f(xp) - f0) / h;
  });
}

export function relativeError(a, b) {
  let d = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += (a[i] - b[i]) ** 2;
    na += a[i] ** 2;
    nb += b[i] ** 2;
  }
  return Math.sqrt(d) / Math.max(Math.sqrt(na) + Math.sqrt(nb), 1e-12);
}
