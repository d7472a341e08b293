export const hint = {
  en: 'Your output has an extra row or column when the stride does not divide the size: H\' = ⌊(H + 2·pad − kh)/stride⌋ + 1 rounds DOWN. A window that would stick out of the padded image is dropped, not filled with zeros.',
  zh: '当步幅不能整除尺寸时，你的输出多了一行或一列：H\' = ⌊(H + 2·pad − kh)/stride⌋ + 1 是向下取整。超出填充后图像的窗口要丢掉，而不是用零补齐。',
};

export function conv2d(x, w, b, stride = 1, pad = 0) {
  const C = x.length;
  const H = x[0].length;
  const W = x[0][0].length;
  const kh = w[0][0].length;
  const kw = w[0][0][0].length;
  const outH = Math.ceil((H + 2 * pad - kh) / stride) + 1;
  const outW = Math.ceil((W + 2 * pad - kw) / stride) + 1;
  const at = (c, r, col) => (r < 0 || r >= H || col < 0 || col >= W ? 0 : x[c][r][col]);
  return w.map((filter, f) => {
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        let s = b[f];
        for (let c = 0; c < C; c++)
          for (let u = 0; u < kh; u++)
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * at(c, i * stride - pad + u, j * stride - pad + v);
        row.push(s);
      }
      out.push(row);
    }
    return out;
  });
}
