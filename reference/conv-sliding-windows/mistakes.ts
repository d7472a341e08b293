import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'channels-last-flatten',
    hint: {
      en: 'Your filters read the dense weights as if the window had been flattened channels-last (H×W×C, input (u·kw + v)·C + c). The classifier flattens C×H×W (numpy reshape(-1), PyTorch flatten): input c·kh·kw + u·kw + v is pixel (c, u, v), so K[f][c][u][v] = W[c·kh·kw + u·kw + v][f].',
      zh: '你的滤波器把稠密层权重当成按通道在后（H×W×C，输入 (u·kw + v)·C + c）展平的窗口来读。分类器按 C×H×W 展平（numpy 的 reshape(-1)、PyTorch 的 flatten）：输入 c·kh·kw + u·kw + v 是像素 (c, u, v)，所以 K[f][c][u][v] = W[c·kh·kw + u·kw + v][f]。',
    },
    edits: [{ find: 'W[c * kh * kw + u * kw + v][f]', replace: 'W[(u * kw + v) * C + c][f]' }],
  },
  {
    name: 'stride-ignored',
    hint: {
      en: "You take a window at every pixel. Windows are taken every `stride` pixels: H′ = ⌊(H − kh)/stride⌋ + 1, and out[:, i, j] is the window whose top-left pixel is (i·stride, j·stride) — the first layer's convolution has that stride.",
      zh: '你在每个像素处都取了窗口。窗口每隔 `stride` 个像素取一个：H′ = ⌊(H − kh)/stride⌋ + 1，out[:, i, j] 是左上角在 (i·stride, j·stride) 的窗口——第一层的卷积使用这个步幅。',
    },
    edits: [
      { find: 'const outH = Math.floor((x[0].length - kh) / stride) + 1;', replace: 'const outH = x[0].length - kh + 1;' },
      { find: 'const outW = Math.floor((x[0][0].length - kw) / stride) + 1;', replace: 'const outW = x[0][0].length - kw + 1;' },
      { find: 'x[c][i * stride + u][j * stride + v]', replace: 'x[c][i + u][j + v]' },
    ],
  },
  {
    name: 'softmax-whole-map',
    hint: {
      en: 'Your softmax normalises over the whole output map. The classifier’s softmax is per window: at every position (i, j) it runs across the F channels, so out[:, i, j] sums to 1 for each window.',
      zh: '你的 softmax 在整个输出图上归一化。分类器的 softmax 针对每个窗口：在每个位置 (i, j) 跨 F 个通道计算，所以每个窗口的 out[:, i, j] 之和为 1。',
    },
    edits: [
      {
        find: `    case 'softmax':
      return softmaxChannels(maps);`,
        replace: `    case 'softmax': {
      const m = Math.max(...maps.flat(2));
      const total = maps.flat(2).reduce((s, v) => s + Math.exp(v - m), 0);
      return each((z) => Math.exp(z - m) / total);
    }`,
      },
    ],
  },
  {
    name: 'grid-channels-last',
    hint: {
      en: 'You return the grid channels-last (H′×W′×F). Return F_L×H′×W′, channels first like every feature map in this course: out[f][i][j].',
      zh: '你按通道在后（H′×W′×F）返回了网格。应返回 F_L×H′×W′，与本课程中所有特征图一样通道在前：out[f][i][j]。',
    },
    edits: [{ find: '  return a;\n}', replace: '  return a[0].map((row, i) => row.map((_, j) => a.map((plane) => plane[i][j])));\n}' }],
  },
]);
