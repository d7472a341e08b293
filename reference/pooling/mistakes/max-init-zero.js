export const hint = {
  en: 'Your maximum starts at 0, so a window whose values are all negative gives 0 instead of its largest (least negative) value. Start from the first value of the window, or from -Infinity.',
  zh: '你的最大值从 0 开始，所以全是负数的窗口得到 0，而不是其中最大（最不负）的值。应从窗口的第一个值或 -Infinity 开始。',
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
  return pool(x, size, stride, (win) => {
    let m = 0;
    for (const v of win) if (v > m) m = v;
    return m;
  });
}

export function avgPool2d(x, size, stride = size) {
  return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / (size * size));
}
