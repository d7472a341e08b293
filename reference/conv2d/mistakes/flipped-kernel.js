export const hint = {
  en: 'You flip the kernel (a true mathematical convolution). Convolution layers compute a cross-correlation: out[f][i][j] = b[f] + Σ_c Σ_u Σ_v w[f][c][u][v]·x[c][i·s+u][j·s+v], with w[f][c][u][v] used as it is, not w[f][c][kh−1−u][kw−1−v].',
  zh: '你把卷积核翻转了（数学上的真卷积）。卷积层计算的是互相关：out[f][i][j] = b[f] + Σ_c Σ_u Σ_v w[f][c][u][v]·x[c][i·s+u][j·s+v]，直接使用 w[f][c][u][v]，而不是 w[f][c][kh−1−u][kw−1−v]。',
};

export function conv2d(x, w, b, stride = 1, pad = 0) {
  const C = x.length;
  const H = x[0].length;
  const W = x[0][0].length;
  const kh = w[0][0].length;
  const kw = w[0][0][0].length;
  const outH = Math.floor((H + 2 * pad - kh) / stride) + 1;
  const outW = Math.floor((W + 2 * pad - kw) / stride) + 1;
  const at = (c, r, col) => (r < 0 || r >= H || col < 0 || col >= W ? 0 : x[c][r][col]);
  return w.map((filter, f) => {
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        let s = b[f];
        for (let c = 0; c < C; c++)
          for (let u = 0; u < kh; u++)
            for (let v = 0; v < kw; v++)
              s += filter[c][kh - 1 - u][kw - 1 - v] * at(c, i * stride - pad + u, j * stride - pad + v);
        row.push(s);
      }
      out.push(row);
    }
    return out;
  });
}
