export const hint = {
  en: 'You read w as C×F (w[c][f]). The weights are F×C: row f of w holds output channel f\'s weights, one per input channel, so out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j] and the output has w.length channels.',
  zh: '你把 w 当成了 C×F（w[c][f]）。权重是 F×C：w 的第 f 行是输出通道 f 的权重，每个输入通道一个，所以 out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j]，输出有 w.length 个通道。',
};

export function pointwiseConv(x, w, b) {
  const F = w[0].length;
  const H = x[0].length;
  const W = x[0][0].length;
  const out = [];
  for (let f = 0; f < F; f++) {
    const plane = [];
    for (let i = 0; i < H; i++) {
      const row = [];
      for (let j = 0; j < W; j++) {
        let s = b[f];
        for (let c = 0; c < w.length; c++) s += w[c][f] * x[c][i][j];
        row.push(s);
      }
      plane.push(row);
    }
    out.push(plane);
  }
  return out;
}
