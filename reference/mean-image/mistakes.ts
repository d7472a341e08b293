import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'per-image-mean-per-channel',
    hint: {
      en: 'subtractPerImageMean subtracts one mean per channel. The per-image mean is ONE number per image: the mean of all its C·H·W values, over every channel together.',
      zh: 'subtractPerImageMean 每个通道减了各自的均值。单张图像的均值是每张图像一个数：它全部 C·H·W 个值的均值，所有通道合在一起算。',
    },
    edits: [
      {
        find: `    const values = img.flat(2);
    const mu = values.reduce((s, v) => s + v, 0) / values.length;
    return img.map((plane) => plane.map((row) => row.map((v) => v - mu)));`,
        replace: `    return img.map((plane) => {
      const values = plane.flat();
      const mu = values.reduce((s, v) => s + v, 0) / values.length;
      return plane.map((row) => row.map((v) => v - mu));
    });`,
      },
    ],
  },
  {
    name: 'own-mean-for-test-images',
    hint: {
      en: 'subtractMeanImage ignores the mean it is given and centres the images with their own mean image. Test and validation images must be centred with the TRAINING mean image passed as `mean`; only when `mean` is left out use meanImage(X).',
      zh: 'subtractMeanImage 忽略了传入的 mean，用图像自己的均值图像来中心化。测试集和验证集图像必须用作为 `mean` 传入的训练集均值图像来中心化；只有省略 `mean` 时才用 meanImage(X)。',
    },
    edits: [{ find: 'const m = mean === undefined ? meanImage(X) : mean;', replace: 'const m = meanImage(X);' }],
  },
  {
    name: 'global-mean-is-mean-image',
    hint: {
      en: 'subtractGlobalMean subtracts the mean image. The global mean (numpy np.mean(X), no axis) is a single number, the mean of all N·C·H·W values, subtracted from every value.',
      zh: 'subtractGlobalMean 减去的是均值图像。全局均值（numpy 的 np.mean(X)，不指定轴）是一个数，即全部 N·C·H·W 个值的均值，每个值都减去它。',
    },
    edits: [
      {
        find: `  const values = X.flat(3);
  const mu = values.reduce((s, v) => s + v, 0) / values.length;
  return X.map((img) => img.map((plane) => plane.map((row) => row.map((v) => v - mu))));`,
        replace: `  return X.length === 0 ? [] : subtractMeanImage(X);`,
      },
    ],
  },
  {
    name: 'mean-image-over-pixels',
    hint: {
      en: 'meanImage averages over the wrong axis. The mean image is the mean over the N IMAGES of each (c, y, x) — numpy X.mean(axis=0) — a C×H×W image, not the mean of the pixels within each image.',
      zh: 'meanImage 求平均的轴不对。均值图像是每个 (c, y, x) 在 N 张图像上的平均值——numpy 的 X.mean(axis=0)——一张 C×H×W 图像，而不是每张图像内像素的平均值。',
    },
    edits: [
      {
        find: `      row.map((_, x) => {
        let s = 0;
        for (let n = 0; n < N; n++) s += X[n][c][y][x];
        return s / N;
      }),`,
        replace: `      row.map(() => {
        const values = X[0][c].flat();
        return values.reduce((s, v) => s + v, 0) / values.length;
      }),`,
      },
    ],
  },
]);
