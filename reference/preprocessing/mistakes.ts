import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'ascending-eigenvalues',
    hint: {
      en: 'Your eigenvalues come in ascending order. PCA sorts them in DESCENDING order (the direction of largest variance first), with the columns of U — and so of Xrot and Xwhite — in the same order.',
      zh: '你的特征值是升序排列的。PCA 要求**降序**排列（方差最大的方向排在最前），U 的列——因而 Xrot 和 Xwhite 的列——也按同样的顺序排列。',
    },
    edits: [
      {
        find: 'const order = values.map((_, k) => k).sort((a, b) => values[b] - values[a]);',
        replace: 'const order = values.map((_, k) => k).sort((a, b) => values[a] - values[b]);',
      },
    ],
  },
  {
    name: 'divides-by-lambda',
    hint: {
      en: 'You divide Xrot by λ + eps instead of its square root. λ is a variance: to give every direction unit variance divide by the standard deviation √(λ + eps).',
      zh: '你把 Xrot 除以了 λ + eps，而不是它的平方根。λ 是方差：要让每个方向的方差为 1，应除以标准差 √(λ + eps)。',
    },
    edits: [
      {
        find: 'const Xwhite = Xrot.map((row) => row.map((x, col) => x / Math.sqrt(eigenvalues[col] + eps)));',
        replace: 'const Xwhite = Xrot.map((row) => row.map((x, col) => x / (eigenvalues[col] + eps)));',
      },
    ],
  },
  {
    name: 'sample-covariance',
    hint: {
      en: 'Your covariance divides by m − 1 (the sample covariance). The notes use Σ = XcᵀXc / m: divide by the number of examples m.',
      zh: '你的协方差除以了 m − 1（样本协方差）。笔记中用的是 Σ = XcᵀXc / m：应除以样本数 m。',
    },
    edits: [
      { find: 'cov[a][b] = s / m;', replace: 'cov[a][b] = s / (m - 1);' },
    ],
  },
  {
    name: 'sample-std',
    hint: {
      en: 'standardize uses the sample standard deviation (dividing by m − 1). Use the population σ: σ² = (1/m) Σ (x − μ)².',
      zh: 'standardize 用了样本标准差（除以 m − 1）。应使用总体标准差：σ² = (1/m) Σ (x − μ)²。',
    },
    edits: [
      { find: 'sigma.push(Math.sqrt(sq / m));', replace: 'sigma.push(Math.sqrt(sq / (m - 1)));' },
    ],
  },
  {
    name: 'whiten-without-eps',
    hint: {
      en: 'You whiten with 1/√λ and leave out eps. Divide each column of Xrot by √(λ + eps): eps keeps directions with tiny or zero variance from blowing up.',
      zh: '你白化时用了 1/√λ，漏掉了 eps。应把 Xrot 的每一列除以 √(λ + eps)：eps 防止方差很小或为零的方向被无限放大。',
    },
    edits: [
      {
        find: 'const Xwhite = Xrot.map((row) => row.map((x, col) => x / Math.sqrt(eigenvalues[col] + eps)));',
        replace: 'const Xwhite = Xrot.map((row) => row.map((x, col) => x / Math.sqrt(eigenvalues[col])));',
      },
    ],
  },
]);
