export const hint = {
  en: 'Your average divides by size instead of size². A size×size window holds size² values: divide the window sum by size·size.',
  zh: '你的平均值除以了 size 而不是 size²。size×size 的窗口里有 size² 个数：窗口之和要除以 size·size。',
};

function pool(x, size, stride, reduce) {
  return x.map((plane) => {
    const outH = Math.floor((plane.length - size) / stride) + 1;
    const outW = Math.floor((plane[0].length - size) / stride) + 1;
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        const win = [];
        for (let u = 0; u < size; u++)
          for (let v = 0; v < size; v++) win.push(plane[i * stride + u][j * stride + v]);
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
  return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / size);
}
