export const hint = {
  en: 'Your average divides by stride² instead of size². The mean of a size×size window is its sum divided by the number of values in it, size², whatever the stride.',
  zh: '你的平均值除以了 stride² 而不是 size²。size×size 窗口的平均值是窗口之和除以其中数的个数 size²，与步幅无关。',
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
  return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / (stride * stride));
}
