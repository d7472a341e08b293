export const hint = {
  en: 'Your output has the right size but the windows do not move by the stride: output (i, j) reads the window whose top-left corner is (i·stride − pad, j·stride − pad), not (i − pad, j − pad).',
  zh: '你的输出尺寸正确，但窗口没有按步幅移动：输出 (i, j) 读取的窗口左上角在 (i·stride − pad, j·stride − pad)，而不是 (i − pad, j − pad)。',
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
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * at(c, i - pad + u, j - pad + v);
        row.push(s);
      }
      out.push(row);
    }
    return out;
  });
}
