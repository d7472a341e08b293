import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/**
 * Data whose least-squares optimum is exactly (w, b) but which is not fitted perfectly:
 * the residuals r are made orthogonal to the columns of [1, X] (Gram–Schmidt), so the
 * gradient at (w, b) is zero up to rounding (~1e-15).
 */
function atOptimum(rng: Rng, m: number, n: number): unknown[] {
  const X = rng.matrix(m, n, -3, 3);
  const w = rng.vector(n, -2, 2);
  const b = rng.uniform(-2, 2);
  const cols = [Array(m).fill(1), ...w.map((_, j) => X.map((row) => row[j]))];
  const basis: number[][] = [];
  for (const c of cols) {
    const v = [...c];
    for (const q of basis) {
      const d = q.reduce((s, qi, i) => s + qi * v[i], 0);
      for (let i = 0; i < m; i++) v[i] -= d * q[i];
    }
    const norm = Math.hypot(...v);
    basis.push(v.map((x) => x / norm));
  }
  const r = rng.vector(m, -1, 1);
  for (let pass = 0; pass < 2; pass++) {
    for (const q of basis) {
      const d = q.reduce((s, qi, i) => s + qi * r[i], 0);
      for (let i = 0; i < m; i++) r[i] -= d * q[i];
    }
  }
  const y = X.map((row, i) => row.reduce((s, x, j) => s + x * w[j], b) + r[i]);
  return [X, y, w, b];
}

export default defineGrader({
  checks: [
    {
      id: 'two-houses',
      kind: 'example',
      name: { en: 'two houses, one feature (the worked example)', zh: '两套房子、一个特征（例题）' },
      call: 'computeGradient',
      args: [[[1.0], [2.0]], [300, 500], [150], 100],
    },
    {
      id: 'three-examples-two-features',
      kind: 'example',
      name: { en: 'three examples, two features', zh: '三个样本、两个特征' },
      call: 'computeGradient',
      args: [[[1, 2], [2, 0], [3, 1]], [4, 1, 5], [1, 1], 0.5],
    },
    {
      id: 'at-optimum',
      kind: 'edge',
      name: { en: 'at the least-squares optimum (not a perfect fit): the gradient is zero', zh: '在最小二乘最优点（并非完美拟合）：梯度为零' },
      call: 'computeGradient',
      // errors f − y = [−1, 2, −1]: they sum to 0 and are orthogonal to x = [0, 1, 2]
      args: [[[0], [1], [2]], [2, 1, 6], [2], 1],
    },
    {
      id: 'at-optimum-two-features',
      kind: 'edge',
      name: { en: 'at the least-squares optimum with two features: the gradient is zero up to rounding', zh: '两个特征、在最小二乘最优点：梯度在舍入误差内为零' },
      call: 'computeGradient',
      generate: (rng) => atOptimum(rng, 7, 2),
    },
    {
      id: 'perfect-fit',
      kind: 'edge',
      name: { en: 'a perfect fit: every error is 0', zh: '完美拟合：每个误差都是 0' },
      call: 'computeGradient',
      args: [[[1, 2], [3, -1], [0, 4], [2, 2]], [3, 10, -1, 5], [2, -1], 3],
    },
    {
      id: 'batch-of-one',
      kind: 'edge',
      name: { en: 'a batch of one example', zh: '只有一个样本的批量' },
      call: 'computeGradient',
      args: [[[2, -3, 0.5]], [4], [1.5, 0.25, -2], 0.75],
    },
    {
      id: 'one-feature',
      kind: 'edge',
      name: { en: 'one feature, five examples', zh: '一个特征、五个样本' },
      call: 'computeGradient',
      args: [[[0.5], [1.5], [-1], [2], [3]], [1, 2, -3, 4, 2.5], [1.2], -0.4],
    },
    {
      id: 'zero-weights',
      kind: 'edge',
      name: { en: 'all weights and the bias zero', zh: '权重和偏置全为零' },
      call: 'computeGradient',
      args: [[[3, -1, 2], [0.5, 7, -4], [1, 1, 1]], [2, -1, 0.5], [0, 0, 0], 0],
    },
    {
      id: 'many-features',
      kind: 'hidden',
      name: { en: 'thirty examples with eight features', zh: '三十个样本、八个特征' },
      call: 'computeGradient',
      generate: (rng) => [rng.matrix(30, 8, -5, 5), rng.vector(30, -20, 20), rng.vector(8, -2, 2), rng.uniform(-3, 3)],
    },
    {
      id: 'large-values',
      kind: 'hidden',
      name: { en: 'house prices in dollars (large values)', zh: '以美元计的房价（数值很大）' },
      call: 'computeGradient',
      generate: (rng) => {
        const X = rng.matrix(7, 2, 500, 4000);
        const y = X.map((r) => 150 * r[0] + 20 * r[1] + rng.uniform(0, 1e5));
        return [X, y, [rng.uniform(100, 200), rng.uniform(0, 50)], rng.uniform(1e4, 1e5)];
      },
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random data', zh: '随机数据' },
      call: 'computeGradient',
      count: 8,
      generate: (rng) => {
        const m = rng.int(1, 15);
        const n = rng.int(1, 6);
        return [rng.matrix(m, n, -5, 5), rng.vector(m, -10, 10), rng.vector(n, -2, 2), rng.uniform(-3, 3)];
      },
    },
  ],
});
