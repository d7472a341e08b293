import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'max-norm-instead-of-euclidean',
    hint: {
      en: 'Your relative error uses the largest absolute entry (the max norm). The norms here are Euclidean: ‖v‖ = √(Σ v_i²), for a − b, a and b alike.',
      zh: '你的相对误差用了绝对值最大的分量（最大范数）。这里的范数是欧几里得范数：‖v‖ = √(Σ v_i²)，a − b、a、b 都一样。',
    },
    edits: [
      { find: 'plus[i] = x[i] + h;', replace: 'const minus = [...x];' },
      { find: 'const minus = x.slice();', replace: 'plus[i] += h;' },
      {
        find: `const norm = (v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const diff = a.map((ai, i) => ai - b[i]);
  return norm(diff) / Math.max(norm(a) + norm(b), 1e-12);`,
        replace: `const norm = (v) => Math.max(0, ...v.map(Math.abs));
  return norm(a.map((ai, i) => ai - b[i])) / Math.max(norm(a) + norm(b), 1e-12);`,
      },
    ],
  },
  {
    name: 'mutates-x',
    hint: {
      en: 'You perturb x in place (x[i] = old + h, call f(x), then restore it). f must never see a mutated x: build a new point for each probe, e.g. const xp = x.slice(); xp[i] = x[i] + h.',
      zh: '你原地修改了 x（x[i] = old + h，调用 f(x)，然后再恢复）。f 决不能看到被修改过的 x：为每次探测构造新的点，例如 const xp = x.slice(); xp[i] = x[i] + h。',
    },
    edits: [
      {
        find: `const plus = x.slice();
    plus[i] = x[i] + h;
    const minus = x.slice();
    minus[i] = x[i] - h;
    grad.push((f(plus) - f(minus)) / (2 * h));`,
        replace: `const old = x[i];
    x[i] = old + h;
    const fPlus = f(x);
    x[i] = old - h;
    const fMinus = f(x);
    x[i] = old;
    grad[i] = (fPlus - fMinus) / (2 * h);`,
      },
    ],
  },
  {
    name: 'probe-not-reset',
    hint: {
      en: 'You reuse one copy of x for every probe but never put coordinate i back before moving to i + 1, so later points differ from x in two coordinates. Reset it (xp[i] = x[i]) or make a fresh copy per probe.',
      zh: '你对所有探测重复使用同一个 x 的副本，但在处理 i + 1 之前没有把第 i 个坐标恢复，因此后面的点与 x 有两个坐标不同。请恢复它（xp[i] = x[i]），或每次探测都重新复制。',
    },
    edits: [
      {
        find: 'export function numericalGradient(f, x, h = 1e-5) {',
        replace: `export function numericalGradient(f, x, h = 1e-5) {
  const xp = x.slice();`,
      },
      { find: 'const plus = x.slice();', replace: 'xp[i] = x[i] + h;' },
      { find: 'plus[i] = x[i] + h;', replace: 'const fPlus = f(xp);' },
      { find: 'const minus = x.slice();', replace: 'xp[i] = x[i] - h;' },
      { find: 'minus[i] = x[i] - h;', replace: 'const fMinus = f(xp);' },
      { find: 'grad.push((f(plus) - f(minus)) / (2 * h));', replace: 'grad.push((fPlus - fMinus) / (2 * h));' },
    ],
  },
  {
    name: 'relative-error-without-floor',
    hint: {
      en: 'Your relative error divides by ‖a‖ + ‖b‖ without the floor: two zero vectors give 0/0 = NaN. Divide by max(‖a‖ + ‖b‖, 1e-12).',
      zh: '你的相对误差直接除以 ‖a‖ + ‖b‖，没有下限：两个零向量得到 0/0 = NaN。请除以 max(‖a‖ + ‖b‖, 1e-12)。',
    },
    edits: [
      { find: 'plus[i] = x[i] + h;', replace: 'const minus = [...x];' },
      { find: 'const minus = x.slice();', replace: 'plus[i] += h;' },
      {
        find: `const diff = a.map((ai, i) => ai - b[i]);
  return norm(diff) / Math.max(norm(a) + norm(b), 1e-12);`,
        replace: 'return norm(a.map((ai, i) => ai - b[i])) / (norm(a) + norm(b));',
      },
    ],
  },
  {
    name: 'divided-by-h',
    hint: {
      en: 'Your centered difference is divided by h; the two points x + h·e_i and x − h·e_i are 2h apart: (f(x + h·e_i) − f(x − h·e_i)) / (2h). Your gradient is twice too large.',
      zh: '你的中心差分除以了 h；两个点 x + h·e_i 与 x − h·e_i 相距 2h：(f(x + h·e_i) − f(x − h·e_i)) / (2h)。你的梯度大了一倍。',
    },
    edits: [
      { find: 'grad.push((f(plus) - f(minus)) / (2 * h));', replace: 'grad.push((f(plus) - f(minus)) / h);' },
    ],
  },
]);
