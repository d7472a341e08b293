import { defineGrader } from '../src/lib/engine/grader';

// Inputs use distinct primes where the order of the columns is the point: every monomial then
// has a different value, so a column in the wrong place is always visible.
export default defineGrader({
  checks: [
    {
      id: 'two-features-degree-2',
      kind: 'example',
      name: { en: 'the worked example: two features, degree 2 (x0, x1, x0², x0·x1, x1²)', zh: '例题：两个特征、次数 2（x0, x1, x0², x0·x1, x1²）' },
      call: 'polynomialFeatures',
      args: [[[2, 3], [1, -1]], 2],
    },
    {
      id: 'three-features-degree-2',
      kind: 'example',
      name: { en: 'three features, degree 2', zh: '三个特征、次数 2' },
      call: 'polynomialFeatures',
      args: [[[2, 3, 5]], 2],
    },
    {
      id: 'three-features-degree-3',
      kind: 'edge',
      name: { en: 'three features, degree 3 (19 columns; check the order of the cubic terms)', zh: '三个特征、次数 3（19 列；检查三次项的顺序）' },
      call: 'polynomialFeatures',
      args: [[[2, 3, 5], [-1, 0.5, 2]], 3],
    },
    { id: 'degree-1', kind: 'edge', name: { en: 'degree 1: a copy of X', zh: '次数 1：X 的副本' }, call: 'polynomialFeatures', args: [[[1.5, -2, 7], [0, 4, -3]], 1] },
    { id: 'one-feature', kind: 'edge', name: { en: 'one feature, degree 4: x, x², x³, x⁴', zh: '一个特征、次数 4：x, x², x³, x⁴' }, call: 'polynomialFeatures', args: [[[2], [-3], [0.5], [0]], 4] },
    { id: 'batch-of-one', kind: 'edge', name: { en: 'a batch of one example, two features, degree 3', zh: '只有一个样本、两个特征、次数 3' }, call: 'polynomialFeatures', args: [[[3, -2]], 3] },
    {
      id: 'zeros',
      kind: 'edge',
      name: { en: 'zeros among the features (every product with a zero is 0)', zh: '特征中有零（含零的乘积都是 0）' },
      call: 'polynomialFeatures',
      args: [[[0, 0, 0], [0, 3, 0], [2, 0, -1]], 2],
    },
    {
      id: 'negative-odd-powers',
      kind: 'hidden',
      name: { en: 'negative features: odd powers keep the sign', zh: '负的特征：奇数次幂保留符号' },
      call: 'polynomialFeatures',
      args: [[[-2, -3], [-1.5, 2]], 3],
    },
    {
      id: 'four-features-degree-2',
      kind: 'hidden',
      name: { en: 'four features, degree 2 (14 columns)', zh: '四个特征、次数 2（14 列）' },
      call: 'polynomialFeatures',
      args: [[[2, 3, 5, 7], [1, -1, 0.5, -0.25]], 2],
    },
    {
      id: 'two-features-degree-4',
      kind: 'hidden',
      name: { en: 'two features, degree 4 (14 columns)', zh: '两个特征、次数 4（14 列）' },
      call: 'polynomialFeatures',
      args: [[[2, 3], [-1, 0.5], [1.1, -0.7]], 4],
    },
    {
      id: 'house-sizes',
      kind: 'hidden',
      name: { en: 'house size (1000 sq ft) and age (decades), degree 3', zh: '房屋面积（千平方英尺）和房龄（十年），次数 3' },
      call: 'polynomialFeatures',
      args: [[[2.104, 4.5], [1.416, 4], [0.852, 3.6], [3, 0.3]], 3],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data, 1 to 4 features, degree 1 to 4', zh: '随机数据，1 到 4 个特征，次数 1 到 4' },
      call: 'polynomialFeatures',
      count: 8,
      generate: (rng) => {
        const n = rng.int(1, 4);
        return [rng.matrix(rng.int(1, 6), n, -2, 2), rng.int(1, 4)];
      },
    },
  ],
});
