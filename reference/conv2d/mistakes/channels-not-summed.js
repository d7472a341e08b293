export const hint = {
  en: 'You only use the first input channel. Each filter spans ALL C input channels: sum w[f][c][u][v]·x[c][…][…] over c as well as over the window, then add b[f] once.',
  zh: '你只用了第一个输入通道。每个滤波器覆盖全部 C 个输入通道：除了对窗口求和，还要对通道 c 求和 w[f][c][u][v]·x[c][…][…]，最后加一次 b[f]。',
};

export function conv2d(x, w, b, stride = 1, pad = 0) {
  const H = x[0].length;
  const W = x[0][0].length;
  const kh = w[0][0].length;
  const kw = w[0][0][0].length;
  const outH = Math.floor((H + 2 * pad - kh) / stride) + 1;
  const outW = Math.floor((W + 2 * pad - kw) / stride) + 1;
  const at = (r, col) => (r < 0 || r >= H || col < 0 || col >= W ? 0 : x[0][r][col]);
  return w.map((filter, f) => {
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        let s = b[f];
        for (let u = 0; u < kh; u++)
          for (let v = 0; v < kw; v++) s += filter[0][u][v] * at(i * stride - pad + u, j * stride - pad + v);
        row.push(s);
      }
      out.push(row);
    }
    return out;
  });
}
