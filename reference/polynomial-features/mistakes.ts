import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'includes-bias',
    hint: {
      en: 'Your rows start with a column of 1s (the degree-0 term). Leave it out, as scikit-learn does with include_bias=False: the first columns are the features themselves, x0, x1, …',
      zh: '你的每行以一列 1（0 次项）开头。应去掉它，与 scikit-learn 的 include_bias=False 相同：最前面的几列就是特征本身 x0, x1, …',
    },
    edits: [
      {
        find: 'for (let d = 1; d <= degree; d++) extend([], 0, d);',
        replace: 'for (let d = 0; d <= degree; d++) extend([], 0, d);',
      },
    ],
  },
  {
    name: 'only-top-degree',
    hint: {
      en: 'You only return the monomials of total degree exactly `degree`. Include every degree from 1 up to `degree`, lowest first: for 2 features and degree 2 that is x0, x1, x0², x0·x1, x1².',
      zh: '你只返回了总次数恰好等于 `degree` 的单项式。应包含从 1 到 `degree` 的每个次数，低次在前：2 个特征、degree 2 时为 x0, x1, x0², x0·x1, x1²。',
    },
    edits: [
      { find: 'if (combo.length === d) {', replace: 'if (combo.length === degree) {' },
      { find: 'for (let d = 1; d <= degree; d++) extend([], 0, d);', replace: 'extend([], 0);' },
    ],
  },
  {
    name: 'wrong-order',
    hint: {
      en: "Your columns are right but in the wrong order: within a degree you put the pure powers (x0², x1²) before the products (x0·x1). Use scikit-learn's order: degree by degree, and within a degree the combinations with replacement of the feature indices in lexicographic order — x0², x0·x1, x0·x2, x1², x1·x2, x2².",
      zh: '你的列是对的，但顺序错了：同一次数内你把纯幂（x0², x1²）放在了乘积（x0·x1）前面。应使用 scikit-learn 的顺序：按次数从低到高，同一次数内按特征下标的可重复组合的字典序——x0², x0·x1, x0·x2, x1², x1·x2, x2²。',
    },
    edits: [
      { find: 'const extend = (combo, start, d) => {', replace: 'const extend = (combo, start, d, acc) => {' },
      { find: 'out.push(combo.slice());', replace: 'acc.push(combo.slice());' },
      {
        find: 'extend(combo, j, d); // j again, not j + 1: a feature may repeat (x0·x0 = x0²)',
        replace: 'extend(combo, j, d, acc);',
      },
      {
        find: 'for (let d = 1; d <= degree; d++) extend([], 0, d);',
        replace: `for (let d = 1; d <= degree; d++) {
    const all = [];
    extend([], 0, d, all);
    const pure = all.filter((c) => c.every((j) => j === c[0]));
    const mixed = all.filter((c) => !c.every((j) => j === c[0]));
    out.push(...pure, ...mixed);
  }`,
      },
    ],
  },
]);
