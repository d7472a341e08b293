import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'rotation-clockwise',
    hint: {
      en: 'Your picture turns the wrong way: with row 0 at the top, a positive angle must turn it counter-clockwise as displayed. Output (y, x) reads xs = cx + (cos θ·(x − cx) − sin θ·(y − cy))/scale and ys = cy + (sin θ·(x − cx) + cos θ·(y − cy))/scale: check the signs of the sines.',
      zh: '你的画面转反了：第 0 行在最上面时，正角度应让画面在显示上逆时针转动。输出 (y, x) 读取 xs = cx + (cos θ·(x − cx) − sin θ·(y − cy))/scale，ys = cy + (sin θ·(x − cx) + cos θ·(y − cy))/scale：检查正弦项的符号。',
    },
    edits: [
      { find: 'const xs = cx + (cos * (x - cx) - sin * (y - cy)) / scale;', replace: 'const xs = cx + (cos * (x - cx) + sin * (y - cy)) / scale;' },
      { find: 'const ys = cy + (sin * (x - cx) + cos * (y - cy)) / scale;', replace: 'const ys = cy + (-sin * (x - cx) + cos * (y - cy)) / scale;' },
    ],
  },
  {
    name: 'centre-half-size',
    hint: {
      en: 'You rotate about (H/2, W/2). The centre of an H×W grid of pixel centres is ((H − 1)/2, (W − 1)/2): on a 3×3 image it is pixel (1, 1), and a quarter turn of a square image must give np.rot90 exactly.',
      zh: '你绕 (H/2, W/2) 旋转。H×W 像素中心网格的中心是 ((H − 1)/2, (W − 1)/2)：3×3 图像的中心是像素 (1, 1)，正方形图像转四分之一圈必须恰好等于 np.rot90。',
    },
    edits: [
      { find: 'const cy = (H - 1) / 2;', replace: 'const cy = H / 2;' },
      { find: 'const cx = (W - 1) / 2;', replace: 'const cx = W / 2;' },
    ],
  },
  {
    name: 'scale-inverted',
    hint: {
      en: 'Your zoom goes the wrong way: a scale above 1 must ENLARGE the picture, so output pixel (y, x) reads from a point 1/scale as far from the centre — divide the rotated offsets by scale, do not multiply.',
      zh: '你的缩放方向反了：scale 大于 1 时画面应被放大，所以输出像素 (y, x) 从离中心 1/scale 倍远的点读取——旋转后的偏移要除以 scale，而不是乘以。',
    },
    edits: [
      { find: 'const xs = cx + (cos * (x - cx) - sin * (y - cy)) / scale;', replace: 'const xs = cx + (cos * (x - cx) - sin * (y - cy)) * scale;' },
      { find: 'const ys = cy + (sin * (x - cx) + cos * (y - cy)) / scale;', replace: 'const ys = cy + (sin * (x - cx) + cos * (y - cy)) * scale;' },
    ],
  },
  {
    name: 'border-replicated',
    hint: {
      en: 'Outside the image you repeat the nearest border pixel. This exercise fills with zeros (grid_sample padding_mode="zeros"): a neighbour (row, column) outside the image counts as 0, so corners uncovered by a rotation or a zoom-out are black.',
      zh: '在图像外你重复了最近的边界像素。本题用零填充（grid_sample 的 padding_mode="zeros"）：图像外的邻居 (行, 列) 算作 0，所以旋转或缩小后露出的角落是黑的。',
    },
    edits: [
      {
        find: 'const P = (r, c) => (r < 0 || r >= H || c < 0 || c >= W ? 0 : plane[r][c]);',
        replace: 'const P = (r, c) => plane[Math.min(H - 1, Math.max(0, r))][Math.min(W - 1, Math.max(0, c))];',
      },
    ],
  },
  {
    name: 'degrees-as-radians',
    hint: {
      en: 'The angle is in degrees: convert it, θ = angle·π/180, before Math.cos and Math.sin (which take radians).',
      zh: '角度以度为单位：先换算 θ = angle·π/180，再交给以弧度为参数的 Math.cos 和 Math.sin。',
    },
    edits: [{ find: 'const theta = (angle * Math.PI) / 180;', replace: 'const theta = angle;' }],
  },
]);
