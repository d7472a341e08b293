import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'flipped-kernel',
    hint: {
      en: 'You flip the kernel (a true mathematical convolution). Convolution layers compute a cross-correlation: w[f][c][u] multiplies x_pad[c][i·s + u] as it is, not w[f][c][k − 1 − u] — and likewise on every axis in 3-D.',
      zh: '你把卷积核翻转了（数学上的真卷积）。卷积层计算的是互相关：w[f][c][u] 直接乘 x_pad[c][i·s + u]，而不是 w[f][c][k − 1 − u]——三维时每个轴都一样。',
    },
    edits: [
      { find: 'for (let u = 0; u < k; u++) s += filter[c][u] * at(c, start + u);', replace: 'for (let u = 0; u < k; u++) s += filter[c][k - 1 - u] * at(c, start + u);' },
      {
        find: 'for (let v = 0; v < kw; v++) s += filter[c][t][u][v] * at(c, front + t, top + u, left + v);',
        replace: 'for (let v = 0; v < kw; v++) s += filter[c][kd - 1 - t][kh - 1 - u][kw - 1 - v] * at(c, front + t, top + u, left + v);',
      },
    ],
  },
  {
    name: 'output-size-ceil',
    hint: {
      en: "Your output is one longer when the stride does not divide the size: n' = ⌊(n + 2·pad − k)/stride⌋ + 1 rounds DOWN on every axis. A window that would stick out of the padded input is dropped, not filled with zeros.",
      zh: "当步幅不能整除尺寸时，你的输出多了一个：n' = ⌊(n + 2·pad − k)/stride⌋ + 1 在每个轴上都向下取整。超出填充后输入的窗口要丢掉，而不是用零补齐。",
    },
    edits: [{ find: 'return Math.floor((n + 2 * pad - f) / stride) + 1;', replace: 'return Math.ceil((n + 2 * pad - f) / stride) + 1;' }],
  },
  {
    name: 'depth-stride-ignored',
    hint: {
      en: "conv3d does not apply the stride along the depth. The same stride moves the window along depth, height and width: D' = ⌊(D + 2·pad − kd)/stride⌋ + 1 and output depth i starts at i·stride − pad.",
      zh: "conv3d 没有在深度方向使用步幅。同一个步幅让窗口沿深度、高、宽移动：D' = ⌊(D + 2·pad − kd)/stride⌋ + 1，输出深度 i 从 i·stride − pad 开始。",
    },
    edits: [
      { find: 'const outD = outSize(D, kd, stride, pad);', replace: 'const outD = outSize(D, kd, 1, pad);' },
      { find: 'const front = i * stride - pad;', replace: 'const front = i - pad;' },
    ],
  },
  {
    name: 'bias-per-channel',
    hint: {
      en: 'You add the bias once per input channel. Each filter sums over all C channels and then adds its bias b[f] ONCE per output value.',
      zh: '你每个输入通道都加了一次偏置。每个滤波器先对全部 C 个通道求和，然后每个输出值只加一次偏置 b[f]。',
    },
    edits: [
      {
        find: `      let s = b[f];
      for (let c = 0; c < C; c++) {
        for (let u = 0; u < k; u++)`,
        replace: `      let s = 0;
      for (let c = 0; c < C; c++) {
        s += b[f];
        for (let u = 0; u < k; u++)`,
      },
      {
        find: `          let s = b[f];
          for (let c = 0; c < C; c++) {
            for (let t = 0; t < kd; t++) {`,
        replace: `          let s = 0;
          for (let c = 0; c < C; c++) {
            s += b[f];
            for (let t = 0; t < kd; t++) {`,
      },
    ],
  },
]);
