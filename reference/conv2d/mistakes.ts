import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'channels-not-summed',
    hint: {
      en: 'You only use the first input channel. Each filter spans ALL C input channels: sum w[f][c][u][v]·x[c][…][…] over c as well as over the window, then add b[f] once.',
      zh: '你只用了第一个输入通道。每个滤波器覆盖全部 C 个输入通道：除了对窗口求和，还要对通道 c 求和 w[f][c][u][v]·x[c][…][…]，最后加一次 b[f]。',
    },
    edits: [
      {
        find: 'const at = (c, r, col) => (r < 0 || r >= H || col < 0 || col >= W ? 0 : x[c][r][col]);',
        replace: 'const at = (r, col) => (r < 0 || r >= H || col < 0 || col >= W ? 0 : x[0][r][col]);',
      },
      {
        find: `for (let c = 0; c < C; c++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * at(c, top + u, left + v);
          }
        }`,
        replace: `for (let u = 0; u < kh; u++)
          for (let v = 0; v < kw; v++) s += filter[0][u][v] * at(i * stride - pad + u, j * stride - pad + v);`,
      },
    ],
  },
  {
    name: 'flipped-kernel',
    hint: {
      en: 'You flip the kernel (a true mathematical convolution). Convolution layers compute a cross-correlation: out[f][i][j] = b[f] + Σ_c Σ_u Σ_v w[f][c][u][v]·x[c][i·s+u][j·s+v], with w[f][c][u][v] used as it is, not w[f][c][kh−1−u][kw−1−v].',
      zh: '你把卷积核翻转了（数学上的真卷积）。卷积层计算的是互相关：out[f][i][j] = b[f] + Σ_c Σ_u Σ_v w[f][c][u][v]·x[c][i·s+u][j·s+v]，直接使用 w[f][c][u][v]，而不是 w[f][c][kh−1−u][kw−1−v]。',
    },
    edits: [
      {
        find: `for (let c = 0; c < C; c++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * at(c, top + u, left + v);
          }
        }`,
        replace: `for (let c = 0; c < C; c++)
          for (let u = 0; u < kh; u++)
            for (let v = 0; v < kw; v++)
              s += filter[c][kh - 1 - u][kw - 1 - v] * at(c, i * stride - pad + u, j * stride - pad + v);`,
      },
    ],
  },
  {
    name: 'output-size-ceil',
    hint: {
      en: "Your output has an extra row or column when the stride does not divide the size: H' = ⌊(H + 2·pad − kh)/stride⌋ + 1 rounds DOWN. A window that would stick out of the padded image is dropped, not filled with zeros.",
      zh: "当步幅不能整除尺寸时，你的输出多了一行或一列：H' = ⌊(H + 2·pad − kh)/stride⌋ + 1 是向下取整。超出填充后图像的窗口要丢掉，而不是用零补齐。",
    },
    edits: [
      {
        find: 'const outH = Math.floor((H + 2 * pad - kh) / stride) + 1;',
        replace: 'const outH = Math.ceil((H + 2 * pad - kh) / stride) + 1;',
      },
      {
        find: 'const outW = Math.floor((W + 2 * pad - kw) / stride) + 1;',
        replace: 'const outW = Math.ceil((W + 2 * pad - kw) / stride) + 1;',
      },
    ],
  },
  {
    name: 'pad-one-side',
    hint: {
      en: "You pad only the top and the left of the image. Zero padding adds `pad` rows above AND below and `pad` columns left AND right: the padded image is (H + 2·pad)×(W + 2·pad), so H' = ⌊(H + 2·pad − kh)/stride⌋ + 1.",
      zh: "你只在图像的上方和左侧补了零。零填充要在上下各补 `pad` 行、左右各补 `pad` 列：填充后的图像是 (H + 2·pad)×(W + 2·pad)，所以 H' = ⌊(H + 2·pad − kh)/stride⌋ + 1。",
    },
    edits: [
      {
        find: `const C = x.length;
  const H = x[0].length;
  const W = x[0][0].length;`,
        replace: `const padded = x.map((plane) => {
    const rows = plane.map((r) => [...new Array(pad).fill(0), ...r]);
    const width = rows[0].length;
    for (let p = 0; p < pad; p++) rows.unshift(new Array(width).fill(0));
    return rows;
  });
  const C = padded.length;
  const H = padded[0].length;
  const W = padded[0][0].length;`,
      },
      {
        find: `const outH = Math.floor((H + 2 * pad - kh) / stride) + 1;
  const outW = Math.floor((W + 2 * pad - kw) / stride) + 1;

  // Reading the padded image: outside the original image every value is 0.
  const at = (c, r, col) => (r < 0 || r >= H || col < 0 || col >= W ? 0 : x[c][r][col]);`,
        replace: `const outH = Math.floor((H - kh) / stride) + 1;
  const outW = Math.floor((W - kw) / stride) + 1;`,
      },
      {
        find: `for (let c = 0; c < C; c++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * at(c, top + u, left + v);
          }
        }`,
        replace: `for (let c = 0; c < C; c++)
          for (let u = 0; u < kh; u++)
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * padded[c][i * stride + u][j * stride + v];`,
      },
    ],
  },
  {
    name: 'stride-not-in-index',
    hint: {
      en: 'Your output has the right size but the windows do not move by the stride: output (i, j) reads the window whose top-left corner is (i·stride − pad, j·stride − pad), not (i − pad, j − pad).',
      zh: '你的输出尺寸正确，但窗口没有按步幅移动：输出 (i, j) 读取的窗口左上角在 (i·stride − pad, j·stride − pad)，而不是 (i − pad, j − pad)。',
    },
    edits: [
      {
        find: `for (let c = 0; c < C; c++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * at(c, top + u, left + v);
          }
        }`,
        replace: `for (let c = 0; c < C; c++)
          for (let u = 0; u < kh; u++)
            for (let v = 0; v < kw; v++) s += filter[c][u][v] * at(c, i - pad + u, j - pad + v);`,
      },
    ],
  },
]);
