export const hint = {
  en: 'Your windows move one pixel at a time whatever the stride. Output (i, j) pools the window whose top-left corner is at (i·stride, j·stride), and there are ⌊(H − size)/stride⌋ + 1 of them per column; by default stride equals size (windows side by side, not overlapping).',
  zh: '无论步幅是多少，你的窗口每次都只移动一个像素。输出 (i, j) 对应左上角在 (i·stride, j·stride) 的窗口，每列共有 ⌊(H − size)/stride⌋ + 1 个；默认 stride 等于 size（窗口并排、不重叠）。',
};

function pool(x, size, reduce) {
  return x.map((plane) => {
    const outH = plane.length - size + 1;
    const outW = plane[0].length - size + 1;
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        const win = [];
        for (let u = 0; u < size; u++)
          for (let v = 0; v < size; v++) win.push(plane[i + u][j + v]);
        row.push(reduce(win));
      }
      out.push(row);
    }
    return out;
  });
}

export function maxPool2d(x, size, stride = size) {
  return pool(x, size, (win) => Math.max(...win));
}

export function avgPool2d(x, size, stride = size) {
  return pool(x, size, (win) => win.reduce((s, v) => s + v, 0) / (size * size));
}
