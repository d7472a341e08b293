import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'w-transposed',
    hint: {
      en: "You read w as C×F (w[c][f]). The weights are F×C: row f of w holds output channel f's weights, one per input channel, so out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j] and the output has w.length channels.",
      zh: '你把 w 当成了 C×F（w[c][f]）。权重是 F×C：w 的第 f 行是输出通道 f 的权重，每个输入通道一个，所以 out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j]，输出有 w.length 个通道。',
    },
    edits: [
      { find: 'const C = x.length;', replace: 'const F = w[0].length;' },
      {
        find: `const W = x[0][0].length;
  return w.map((wf, f) => {`,
        replace: 'const W = x[0][0].length;',
      },
      {
        find: 'const out = [];',
        replace: `const out = [];
  for (let f = 0; f < F; f++) {
    const plane = [];`,
      },
      {
        find: 'for (let c = 0; c < C; c++) s += wf[c] * x[c][i][j];',
        replace: 'for (let c = 0; c < w.length; c++) s += w[c][f] * x[c][i][j];',
      },
      {
        find: 'out.push(row);',
        replace: `plane.push(row);
    }
    out.push(plane);`,
      },
      {
        find: `return out;
  });`,
        replace: 'return out;',
      },
    ],
  },
  {
    name: 'bias-per-channel',
    hint: {
      en: 'You add the bias once per input channel (inside the sum over c), so it counts C times. Add b[f] once per output value: out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j].',
      zh: '你在对输入通道求和的循环里加了偏置，于是它被加了 C 次。每个输出值只加一次 b[f]：out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j]。',
    },
    edits: [
      { find: 'let s = b[f];', replace: 'let s = 0;' },
      { find: 's += wf[c] * x[c][i][j];', replace: 's += wf[c] * x[c][i][j] + b[f];' },
    ],
  },
  {
    name: 'no-bias',
    hint: {
      en: 'Your output leaves out the bias. Each output channel has its own bias: out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j].',
      zh: '你的输出漏掉了偏置。每个输出通道有自己的偏置：out[f][i][j] = b[f] + Σ_c w[f][c]·x[c][i][j]。',
    },
    edits: [
      { find: 'let s = b[f];', replace: 'let s = 0;' },
    ],
  },
]);
