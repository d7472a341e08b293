export const hint = {
  en: 'You add the bias once per input channel (inside the sum over c), so it counts C times. Add b[f] once per output value: out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j].',
  zh: '你在对输入通道求和的循环里加了偏置，于是它被加了 C 次。每个输出值只加一次 b[f]：out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j]。',
};

export function pointwiseConv(x, w, b) {
  return w.map((wf, f) =>
    x[0].map((r, i) =>
      r.map((_, j) => {
        let s = 0;
        for (let c = 0; c < x.length; c++) s += wf[c] * x[c][i][j] + b[f];
        return s;
      }),
    ),
  );
}
