import { defineMistakes } from '../../src/lib/engine/mistakes';

// Edits several mistakes below share (each mistake still lists all of its edits).
const WINDOW_AS_WIN = {
  find: `const window = [];
        for (let u = 0; u < size; u++) {
          for (let v = 0; v < size; v++) window.push(plane[i * stride + u][j * stride + v]);`,
  replace: `const win = [];
        for (let u = 0; u < size; u++)
          for (let v = 0; v < size; v++) win.push(plane[i * stride + u][j * stride + v]);
        row.push(reduce(win));`,
};

const DROP_WINDOW_REDUCE = {
  find: `}
        row.push(reduce(window));
      }`,
  replace: '}',
};

export default defineMistakes([
  {
    name: 'avg-divides-by-size',
    hint: {
      en: 'Your average divides by size instead of size². A size×size window holds size² values: divide the window sum by size·size.',
      zh: '你的平均值除以了 size 而不是 size²。size×size 的窗口里有 size² 个数：窗口之和要除以 size·size。',
    },
    edits: [
      WINDOW_AS_WIN,
      DROP_WINDOW_REDUCE,
      {
        find: 'return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / (size * size));',
        replace: 'return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / size);',
      },
    ],
  },
  {
    name: 'avg-divides-by-stride',
    hint: {
      en: 'Your average divides by stride² instead of size². The mean of a size×size window is its sum divided by the number of values in it, size², whatever the stride.',
      zh: '你的平均值除以了 stride² 而不是 size²。size×size 窗口的平均值是窗口之和除以其中数的个数 size²，与步幅无关。',
    },
    edits: [
      WINDOW_AS_WIN,
      DROP_WINDOW_REDUCE,
      {
        find: 'return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / (size * size));',
        replace: 'return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / (stride * stride));',
      },
    ],
  },
  {
    name: 'ceil-output',
    hint: {
      en: "Your output keeps the partial windows at the bottom and right edges (a ceiling in the size). Pooling without padding uses only whole windows: H' = ⌊(H − size)/stride⌋ + 1, so leftover rows and columns that do not fill a window are dropped.",
      zh: "你的输出保留了底部和右侧不完整的窗口（尺寸向上取整了）。不填充的池化只用完整的窗口：H' = ⌊(H − size)/stride⌋ + 1，凑不满一个窗口的剩余行列要丢掉。",
    },
    edits: [
      {
        find: `const outH = outSize(plane.length, size, stride);
    const outW = outSize(plane[0].length, size, stride);`,
        replace: `const H = plane.length;
    const W = plane[0].length;
    const outH = Math.ceil((H - size) / stride) + 1;
    const outW = Math.ceil((W - size) / stride) + 1;`,
      },
      {
        find: `const window = [];
        for (let u = 0; u < size; u++) {
          for (let v = 0; v < size; v++) window.push(plane[i * stride + u][j * stride + v]);`,
        replace: `const win = [];
        for (let u = 0; u < size; u++)
          for (let v = 0; v < size; v++) {
            const r = i * stride + u;
            const c = j * stride + v;
            if (r < H && c < W) win.push(plane[r][c]);`,
      },
      { find: 'row.push(reduce(window));', replace: 'row.push(reduce(win));' },
      {
        find: 'return pool(x, size, stride, (win) => win.reduce((m, v) => (v > m ? v : m), win[0]));',
        replace: 'return pool(x, size, stride, (win) => Math.max(...win));',
      },
      {
        find: 'return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / (size * size));',
        replace: 'return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / win.length);',
      },
    ],
  },
  {
    name: 'max-init-zero',
    hint: {
      en: 'Your maximum starts at 0, so a window whose values are all negative gives 0 instead of its largest (least negative) value. Start from the first value of the window, or from -Infinity.',
      zh: '你的最大值从 0 开始，所以全是负数的窗口得到 0，而不是其中最大（最不负）的值。应从窗口的第一个值或 -Infinity 开始。',
    },
    edits: [
      WINDOW_AS_WIN,
      DROP_WINDOW_REDUCE,
      {
        find: 'return pool(x, size, stride, (win) => win.reduce((m, v) => (v > m ? v : m), win[0]));',
        replace: `return pool(x, size, stride, (win) => {
    let m = 0;
    for (const v of win) if (v > m) m = v;
    return m;
  });`,
      },
    ],
  },
  {
    name: 'stride-ignored',
    hint: {
      en: 'Your windows move one pixel at a time whatever the stride. Output (i, j) pools the window whose top-left corner is at (i·stride, j·stride), and there are ⌊(H − size)/stride⌋ + 1 of them per column; by default stride equals size (windows side by side, not overlapping).',
      zh: '无论步幅是多少，你的窗口每次都只移动一个像素。输出 (i, j) 对应左上角在 (i·stride, j·stride) 的窗口，每列共有 ⌊(H − size)/stride⌋ + 1 个；默认 stride 等于 size（窗口并排、不重叠）。',
    },
    edits: [
      {
        find: `function outSize(n, size, stride) {
  return Math.floor((n - size) / stride) + 1;
}

/** Apply \`reduce\` to every window of every channel. */
function pool(x, size, stride, reduce) {`,
        replace: 'function pool(x, size, reduce) {',
      },
      { find: 'const outH = outSize(plane.length, size, stride);', replace: 'const outH = plane.length - size + 1;' },
      {
        find: 'const outW = outSize(plane[0].length, size, stride);',
        replace: 'const outW = plane[0].length - size + 1;',
      },
      {
        find: `const window = [];
        for (let u = 0; u < size; u++) {
          for (let v = 0; v < size; v++) window.push(plane[i * stride + u][j * stride + v]);`,
        replace: `const win = [];
        for (let u = 0; u < size; u++)
          for (let v = 0; v < size; v++) win.push(plane[i + u][j + v]);
        row.push(reduce(win));`,
      },
      DROP_WINDOW_REDUCE,
      {
        find: 'return pool(x, size, stride, (win) => win.reduce((m, v) => (v > m ? v : m), win[0]));',
        replace: 'return pool(x, size, (win) => Math.max(...win));',
      },
      {
        find: 'return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / (size * size));',
        replace: 'return pool(x, size, (win) => win.reduce((s, v) => s + v, 0) / (size * size));',
      },
    ],
  },
]);
