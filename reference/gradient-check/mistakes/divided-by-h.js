export const hint = {
  en: 'Your centered difference is divided by h; the two points x + h·e_i and x − h·e_i are 2h apart: (f(x + h·e_i) − f(x − h·e_i)) / (2h). Your gradient is twice too large.',
  zh: '你的中心差分除以了 h；两个点 x + h·e_i 与 x − h·e_i 相距 2h：(f(x + h·e_i) − f(x − h·e_i)) / (2h)。你的梯度大了一倍。',
};

export function numericalGradient(f, x, h = 1e-5) {
  return x.map((xi, i) => {
    const plus = x.map((v, k) => (k === i ? v + h : v));
    const minus = x.map((v, k) => (k === i ? v - h : v));
    return (f(plus) - f(minus)) / h;
  });
}

export function relativeError(a, b) {
  const norm = (v) => Math.hypot(...v);
  return norm(a.map((v, i) => v - b[i])) / Math.max(norm(a) + norm(b), 1e-12);
}
