import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'constant-column-nan',
    hint: {
      en: 'A constant column (max = min) makes you divide by zero (NaN/Infinity), or by a σ that rounding left tiny but nonzero. Test max === min first: such a column maps to 0 (meanNormalize, zScore) and to newMin (minMaxScale).',
      zh: '常数列（max = min）让你除以 0（得到 NaN/Infinity），或除以一个因舍入误差而极小但非零的 σ。先判断 max === min：这样的列在 meanNormalize、zScore 中映射为 0，在 minMaxScale 中映射为 newMin。',
    },
    edits: [
      {
        find: '(x, s) => (s.max === s.min ? 0 : (x - s.mu) / (s.max - s.min)),',
        replace: '(x, s) => (x - s.mu) / (s.max - s.min),',
      },
      { find: '(x, s) => (s.constant ? 0 : (x - s.mu) / s.sigma),', replace: '(x, s) => (x - s.mu) / s.sigma,' },
      {
        find: '(x, s) => (s.max === s.min ? newMin : newMin + ((x - s.min) / (s.max - s.min)) * (newMax - newMin)),',
        replace: '(x, s) => newMin + ((x - s.min) / (s.max - s.min)) * (newMax - newMin),',
      },
    ],
  },
  {
    name: 'decimal-log10-ceil',
    hint: {
      en: 'Your decimalScale takes j = ceil(log10(max |x|)). That is wrong when max |x| is exactly a power of ten (100 needs j = 3, since 100/10² = 1 is not < 1), when max |x| < 1 (j must stay ≥ 0) and for a column of zeros (log10 0 = −∞). Count j with a loop: while max|x| / 10^j ≥ 1, j++.',
      zh: '你的 decimalScale 取 j = ceil(log10(max |x|))。当 max |x| 恰好是 10 的幂（100 需要 j = 3，因为 100/10² = 1 不小于 1）、max |x| < 1（j 必须 ≥ 0）或整列为 0（log10 0 = −∞）时都会出错。用循环数 j：当 max|x| / 10^j ≥ 1 时 j++。',
    },
    edits: [
      {
        find: `let p = 1; // 10^j
      while (maxAbs / p >= 1) p *= 10;
      return p;`,
        replace: `const j = Math.ceil(Math.log10(maxAbs));
      return 10 ** j;`,
      },
    ],
  },
  {
    name: 'decimal-signed-max',
    hint: {
      en: 'Your decimalScale uses the largest value of the column instead of the largest absolute value. A column like [−450, 20] needs j = 3: use max |x|.',
      zh: '你的 decimalScale 用的是列中的最大值，而不是最大绝对值。像 [−450, 20] 这样的列需要 j = 3：应使用 max |x|。',
    },
    edits: [
      { find: 'const maxAbs = Math.max(...c.map(Math.abs));', replace: 'const maxAbs = Math.max(...c);' },
    ],
  },
  {
    name: 'minmax-ignores-range',
    hint: {
      en: 'Your minMaxScale always maps to [0, 1]. Stretch to the requested range: newMin + (x − min)/(max − min) · (newMax − newMin); a constant column gives newMin.',
      zh: '你的 minMaxScale 总是映射到 [0, 1]。应映射到要求的区间：newMin + (x − min)/(max − min) · (newMax − newMin)；常数列得到 newMin。',
    },
    edits: [
      {
        find: '(x, s) => (s.max === s.min ? newMin : newMin + ((x - s.min) / (s.max - s.min)) * (newMax - newMin)),',
        replace: '(x, s) => (s.max === s.min ? 0 : (x - s.min) / (s.max - s.min)),',
      },
    ],
  },
  {
    name: 'sample-std',
    hint: {
      en: 'Your zScore divides by the sample standard deviation (m − 1). Use the population σ: σ² = (1/m) Σ (x − μ)².',
      zh: '你的 zScore 用了样本标准差（除以 m − 1）。应使用总体标准差：σ² = (1/m) Σ (x − μ)²。',
    },
    edits: [
      {
        find: 'const sigma = Math.sqrt(mean(c.map((x) => (x - mu) ** 2)));',
        replace: `let ss = 0;
      for (const x of c) ss += (x - mu) ** 2;
      const sigma = Math.sqrt(ss / (c.length - 1));`,
      },
    ],
  },
]);
