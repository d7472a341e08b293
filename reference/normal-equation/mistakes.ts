import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'bias-index-mixup',
    hint: {
      en: 'You put the column of ones last, A = [X, 1], but read b from θ[0]. With the ones last, θ = [w_0, …, w_{n−1}, b]: b is the last entry. Keep the order you built A in when splitting θ into w and b.',
      zh: '你把全 1 列放在最后（A = [X, 1]），却从 θ[0] 读取 b。全 1 列在最后时 θ = [w_0, …, w_{n−1}, b]：b 是最后一个元素。把 θ 拆成 w 和 b 时要与构造 A 的顺序一致。',
    },
    edits: [
      { find: 'const A = X.map((row) => [1, ...row]);', replace: 'const A = X.map((row) => [...row, 1]);' },
    ],
  },
  {
    name: 'no-intercept',
    hint: {
      en: 'You solved the normal equations without the intercept (b = 0). Add a column of ones to X: solve (AᵀA) θ = Aᵀy with A = [1, X]; then b = θ[0] and w = θ[1..n].',
      zh: '你解正规方程时没有截距（b = 0）。给 X 加一列 1：用 A = [1, X] 解 (AᵀA) θ = Aᵀy，然后 b = θ[0]，w = θ[1..n]。',
    },
    edits: [
      { find: 'const A = X.map((row) => [1, ...row]);', replace: 'const A = X.map((row) => [...row]);' },
      { find: 'return { w: theta.slice(1), b: theta[0] };', replace: 'return { w: theta, b: 0 };' },
    ],
  },
  {
    name: 'singular-exact-zero',
    hint: {
      en: 'You only treat a pivot of exactly 0 as singular. Rounding leaves a dependent system with a pivot of about 1e-16 instead of 0, and dividing by it gives huge nonsense. Compare |pivot| with a small fraction (e.g. 1e-10) of the largest diagonal entry of XᵀX, and throw an Error mentioning "singular".',
      zh: '你只把恰好为 0 的主元当作奇异。舍入误差让线性相关的方程组留下约 1e-16 的主元而不是 0，除以它会得到巨大的无意义结果。应把 |主元| 与 XᵀX 最大对角元的一个小比例（如 1e-10）比较，并抛出含 "singular" 的 Error。',
    },
    edits: [
      { find: 'if (!(Math.abs(M[best][c]) > SINGULAR_TOL * scale)) {', replace: 'if (M[best][c] === 0) {' },
    ],
  },
]);
