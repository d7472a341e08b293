// Max and average pooling: each channel on its own, square size×size windows, no padding.

/** Output side length: windows that do not fit entirely inside the image are dropped. */
function outSize(n, size, stride) {
  return Math.floor((n - size) / stride) + 1;
}

/** Apply `reduce` to every window of every channel. */
function pool(x, size, stride, reduce) {
  return x.map((plane) => {
    const outH = outSize(plane.length, size, stride);
    const outW = outSize(plane[0].length, size, stride);
    const out = [];
    for (let i = 0; i < outH; i++) {
      const row = [];
      for (let j = 0; j < outW; j++) {
        const window = [];
        for (let u = 0; u < size; u++) {
          for (let v = 0; v < size; v++) window.push(plane[i * stride + u][j * stride + v]);
        }
        row.push(reduce(window));
      }
      out.push(row);
    }
    return out;
  });
}

/**
 * @param {number[][][]} x - C×H×W input
 * @param {number} size - window side length
 * @param {number} [stride=size] - step between windows
 * @returns {number[][][]} C×H'×W', H' = ⌊(H − size)/stride⌋ + 1: the maximum of each window
 */
export function maxPool2d(x, size, stride = size) {
  // Start from the first element of the window (not from 0), so all-negative windows work.
  return pool(x, size, stride, (win) => win.reduce((m, v) => (v > m ? v : m), win[0]));
}

/**
 * @param {number[][][]} x - C×H×W input
 * @param {number} size - window side length
 * @param {number} [stride=size] - step between windows
 * @returns {number[][][]} C×H'×W': the mean of each window (size² numbers)
 */
export function avgPool2d(x, size, stride = size) {
  return pool(x, size, stride, (win) => win.reduce((s, v) => s + v, 0) / (size * size));
}
