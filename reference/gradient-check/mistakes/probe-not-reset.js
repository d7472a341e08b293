export const hint = {
  en: 'You reuse one copy of x for every probe but never put coordinate i back before moving to i + 1, so later points differ from x in two coordinates. Reset it (xp[i] = x[i]) or make a fresh copy per probe.',
  zh: '你对所有探测重复使用同一个 x 的副本，但在处理 i + 1 之前没有把第 i 个坐标恢复，因此后面的点与 x 有两个坐标不同。请恢复它（xp[i] = x[i]），或每次探测都重新复制。',
};

export function numericalGradient(f, x, h = 1e-5) {
  const xp = x.slice();
  const grad = [];
  for (let i = 0; i < x.length; i++) {
    xp[i] = x[i] + h;
    const fPlus = f(xp);
    xp[i] = x[i] - h;
    const fMinus = f(xp);
    grad.push((fPlus - fMinus) / (2 * h));
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
