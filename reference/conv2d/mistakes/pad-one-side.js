export const hint = {
  en: 'You pad only the top and the left of the image. Zero padding adds `pad` rows above AND below and `pad` columns left AND right: the padded image is (H + 2·pad)×(W + 2·pad), so H\' = ⌊(H + 2·pad − kh)/stride⌋ + 1.',
  zh: '你只在图像的上方和左侧补了零。零填充要在上下各补 `pad` 行、左右各补 `pad` 列：填充后的图像是 (H + 2·pad)×(W + 2·pad)，所以 H\' = ⌊(H + 2·pad − kh)/stride⌋ + 1。',
};

export function conv2d(x, w, b, stride = 1, pad = 0) {
  // Build the padded image with zeros only before each row and column.
  const padded = x.map((plane) => {
    const rows = plane.map((r) => [...new Array(pad).fill(0), ...r]);
    const width = rows[0].length;
    for (let p = 0; p < pad; p++) rows.unshift(new Array(width).fill(0));
    return rows;
  });
  const C = padded.length;
  const H = padded[0].length;
  const W = padded[0][0].length;
  const kh = w[0][0].length;
  const kw = w[0][0][0].length;
  const outH = Math.floor((H - kh) / stride) + 1;
  const outW = Math.floor((W - kw) / stride) + 1;
  return w.map((filter, f) => {
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        let s = b[f];
        for (let c = 0; c < C; c++)
          for (let u = 0; u < kh; u++)
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * padded[c][i * stride + u][j * stride + v];
        row.push(s);
      }
      out.push(row);
    }
    return out;
  });
}
