import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'absolute-gaps',
    hint: {
      en: 'You compare the size of the gaps (Math.abs), so a training error below the baseline, or a cross-validation error below the training error, is flagged. Only a gap in the bad direction counts: trainError − baseline > tolerance, cvError − trainError > tolerance.',
      zh: '你比较的是差距的绝对值（Math.abs），于是训练误差低于基准、或交叉验证误差低于训练误差时也被判为有问题。只有方向不利的差距才算：trainError − baseline > tolerance，cvError − trainError > tolerance。',
    },
    edits: [
      {
        find: 'const highBias = trainError - baseline > tolerance; // the model does not even fit the training set',
        replace: 'const highBias = Math.abs(trainError - baseline) > tolerance;',
      },
      {
        find: 'const highVariance = cvError - trainError > tolerance; // it does much worse on new data',
        replace: 'const highVariance = Math.abs(cvError - trainError) > tolerance;',
      },
    ],
  },
  {
    name: 'bias-vs-cv',
    hint: {
      en: 'Your bias test uses the cross-validation error. Bias is about how well the model fits the training set: high bias when trainError − baseline > tolerance.',
      zh: '你的偏差判断用了交叉验证误差。偏差看的是模型对训练集拟合得如何：trainError − baseline > tolerance 时为高偏差。',
    },
    edits: [
      {
        find: 'const highBias = trainError - baseline > tolerance; // the model does not even fit the training set',
        replace: 'const highBias = cvError - baseline > tolerance;',
      },
    ],
  },
  {
    name: 'non-strict',
    hint: {
      en: 'A gap exactly equal to the tolerance is flagged by your code. The comparison is strict: high bias when trainError − baseline > tolerance, high variance when cvError − trainError > tolerance.',
      zh: '差距恰好等于容差时，你的代码也判为有问题。比较是严格的：trainError − baseline > tolerance 时为高偏差，cvError − trainError > tolerance 时为高方差。',
    },
    edits: [
      {
        find: 'const highBias = trainError - baseline > tolerance; // the model does not even fit the training set',
        replace: 'const highBias = trainError - baseline >= tolerance;',
      },
      {
        find: 'const highVariance = cvError - trainError > tolerance; // it does much worse on new data',
        replace: 'const highVariance = cvError - trainError >= tolerance;',
      },
    ],
  },
  {
    name: 'variance-vs-baseline',
    hint: {
      en: 'Your variance test compares the cross-validation error with the baseline. Variance is the gap between cross-validation and training error: high variance when cvError − trainError > tolerance.',
      zh: '你的方差判断把交叉验证误差与基准比较。方差看的是交叉验证误差与训练误差之差：cvError − trainError > tolerance 时为高方差。',
    },
    edits: [
      {
        find: 'const highVariance = cvError - trainError > tolerance; // it does much worse on new data',
        replace: 'const highVariance = cvError - baseline > tolerance;',
      },
    ],
  },
]);
