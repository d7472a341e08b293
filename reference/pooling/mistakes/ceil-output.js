export const hint = {
  en: 'Your output keeps the partial windows at the bottom and right edges (a ceiling in the size). Pooling without padding uses only whole windows: H\' = ⌊(H − size)/stride⌋ + 1, so leftover rows and columns that do not fill a window are dropped.',
  zh: '你的输出保留了底部和右侧不完整的窗口（尺寸向上取整了）。不填充的池化只用完整的窗口：H\' = ⌊(H − size)/stride⌋ + 1，凑不满一个窗口的剩余行列要丢掉。',
};

function pool(x, size, stride, reduce) {
  return x.map((plane) => {
    const H = plane.length;
    const W = plane[0].length;
    const outH = Math.ceil((H - size) / stride) + 1;
    const outW = Math.ceil((W - size) / stride) + 1;
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        const win = [];
        for (let u = 0; u < size; u++)
          for (let v = 0; v < size; v++) {
            const r = i * stride + u;
            const c = j * stride + v;
            if (r < H && c < W) win.push(plane[r][c]);
          }
        row.push(reduce(win));
      }
      out.push(row);
    }
    return out;
  });
}

export function maxPool2d(x, size, stride = size) {
  return pool(x, size, stride, (win) => Math.max(...win));
}

export function avgPool2d(x, size, stride = size) {
  return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / win.length);
}
