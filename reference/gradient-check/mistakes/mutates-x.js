export const hint = {
  en: 'You perturb x in place (x[i] = old + h, call f(x), then restore it). f must never see a mutated x: build a new point for each probe, e.g. const xp = x.slice(); xp[i] = x[i] + h.',
  zh: '你原地修改了 x（x[i] = old + h，调用 f(x)，然后再恢复）。f 决不能看到被修改过的 x：为每次探测构造新的点，例如 const xp = x.slice(); xp[i] = x[i] + h。',
};

export function numericalGradient(f, x, h = 1e-5) {
  const grad = new Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const old = x[i];
    x[i] = old + h;
    const fPlus = f(x);
    x[i] = old - h;
    const fMinus = f(x);
    x[i] = old;
    grad[i] = (fPlus - fMinus) / (2 * h);
  }
  return grad;
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
