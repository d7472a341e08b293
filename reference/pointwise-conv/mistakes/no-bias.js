export const hint = {
  en: 'Your output leaves out the bias. Each output channel has its own bias: out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j].',
  zh: '你的输出漏掉了偏置。每个输出通道有自己的偏置：out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j]。',
};

export function pointwiseConv(x, w, b) {
  return w.map((wf) =>
    x[0].map((r, i) =>
      r.map((_, j) => {
        let s = 0;
        for (let c = 0; c < x.length; c++) s += wf[c] * x[c][i][j];
        return s;
      }),
    ),
  );
}
