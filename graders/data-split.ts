import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/** A product f·m that rounds to just below an integer (e.g. 0.29·100 = 28.999999999999996):
 * the catalog keeps those out of the checks, since floor then depends on the last bit. */
const nearInteger = (f: number, m: number) => Math.floor(f * m) !== Math.floor(f * m + 1e-9);

/** Random fractions with two decimals (train + val ≤ 1) and a random shuffle of m examples. */
function randomSplit(rng: Rng, mLo: number, mHi: number): [number, number[], number[]] {
  for (;;) {
    const m = rng.int(mLo, mHi);
    const f0 = Math.floor(rng.uniform(0, 1) * 100) / 100;
    const f1 = Math.floor(rng.uniform(0, 1 - f0) * 100) / 100;
    if (nearInteger(f0, m) || nearInteger(f1, m)) continue;
    return [m, [f0, f1], rng.permutation(m)];
  }
}

export default defineGrader({
  checks: [
    {
      id: 'seven-examples',
      kind: 'example',
      name: { en: 'seven examples, 60% / 20% / the rest (the worked example)', zh: '七个样本，60% / 20% / 其余（题中例子）' },
      call: 'trainValTestSplit',
      args: [7, [0.6, 0.2], [3, 6, 0, 5, 1, 4, 2]],
    },
    {
      id: 'ten-examples',
      kind: 'example',
      name: { en: 'ten examples, 60% / 20% / 20%', zh: '十个样本，60% / 20% / 20%' },
      call: 'trainValTestSplit',
      args: [10, [0.6, 0.2], [8, 2, 5, 0, 9, 3, 7, 1, 6, 4]],
    },
    {
      id: 'round-half-up-sizes',
      kind: 'hidden',
      name: { en: 'ten examples, 65% / 15%: sizes 6.5 and 1.5 round down', zh: '十个样本，65% / 15%：大小 6.5 和 1.5 向下取整' },
      call: 'trainValTestSplit',
      args: [10, [0.65, 0.15], [4, 9, 1, 7, 0, 3, 8, 2, 6, 5]],
    },
    {
      id: 'halves-of-odd',
      kind: 'hidden',
      name: { en: 'nine examples, 55% / 25% (sizes 4.95 and 2.25)', zh: '九个样本，55% / 25%（大小 4.95 和 2.25）' },
      call: 'trainValTestSplit',
      args: [9, [0.55, 0.25], [2, 7, 4, 0, 8, 5, 1, 6, 3]],
    },
    {
      id: 'fifty-examples',
      kind: 'hidden',
      name: { en: 'fifty shuffled examples, 70% / 15% / the rest', zh: '五十个打乱的样本，70% / 15% / 其余' },
      call: 'trainValTestSplit',
      generate: (rng) => [50, [0.7, 0.15], rng.permutation(50)],
    },
    {
      id: 'sum-to-one-empty-test',
      kind: 'edge',
      name: { en: 'fractions summing to 1 with exact sizes (the test set is empty)', zh: '比例之和为 1 且大小恰好为整数（测试集为空）' },
      call: 'trainValTestSplit',
      args: [8, [0.75, 0.25], [5, 2, 7, 0, 3, 6, 1, 4]],
    },
    {
      id: 'sum-to-one-leftover',
      kind: 'edge',
      name: { en: 'fractions 0.5 + 0.5 of seven examples: the one left over by rounding down goes to test', zh: '七个样本按 0.5 + 0.5 划分：向下取整后剩下的那个归入测试集' },
      call: 'trainValTestSplit',
      args: [7, [0.5, 0.5], [6, 1, 4, 0, 2, 5, 3]],
    },
    {
      id: 'zero-train',
      kind: 'edge',
      name: { en: 'a training fraction of 0 (empty training set)', zh: '训练比例为 0（训练集为空）' },
      call: 'trainValTestSplit',
      args: [6, [0, 0.5], [1, 5, 3, 0, 4, 2]],
    },
    {
      id: 'zero-val',
      kind: 'edge',
      name: { en: 'a validation fraction of 0 (empty validation set)', zh: '验证比例为 0（验证集为空）' },
      call: 'trainValTestSplit',
      args: [10, [0.8, 0], [3, 9, 0, 6, 2, 8, 5, 1, 7, 4]],
    },
    {
      id: 'one-example',
      kind: 'edge',
      name: { en: 'a single example (both sizes round down to 0: it goes to test)', zh: '只有一个样本（两个大小都向下取整为 0：它归入测试集）' },
      call: 'trainValTestSplit',
      args: [1, [0.6, 0.2], [0]],
    },
    {
      id: 'one-example-all-train',
      kind: 'edge',
      name: { en: 'a single example with a training fraction of 1', zh: '只有一个样本，训练比例为 1' },
      call: 'trainValTestSplit',
      args: [1, [1, 0], [0]],
    },
    {
      id: 'identity-perm',
      kind: 'edge',
      name: { en: 'the identity permutation (no shuffle), 50% / 25% of nine', zh: '恒等置换（不打乱），九个样本的 50% / 25%' },
      call: 'trainValTestSplit',
      args: [9, [0.5, 0.25], [0, 1, 2, 3, 4, 5, 6, 7, 8]],
    },
    {
      id: 'reversed-perm',
      kind: 'edge',
      name: { en: 'the reversed permutation, 40% / 40% of eleven', zh: '反转置换，十一个样本的 40% / 40%' },
      call: 'trainValTestSplit',
      args: [11, [0.4, 0.4], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random fractions and shuffles', zh: '随机的比例与打乱' },
      call: 'trainValTestSplit',
      count: 12,
      generate: (rng) => randomSplit(rng, 1, 40),
    },
    {
      id: 'random-large',
      kind: 'random',
      name: { en: 'random fractions of one to two hundred examples', zh: '一到两百个样本的随机比例' },
      call: 'trainValTestSplit',
      count: 2,
      generate: (rng) => randomSplit(rng, 100, 200),
    },
    {
      id: 'partition',
      kind: 'property',
      name: { en: 'the three sets together hold every index exactly once', zh: '三个集合合起来恰好包含每个索引一次' },
      call: 'trainValTestSplit',
      generate: (rng) => randomSplit(rng, 5, 30),
      property: ({ got, args }) => {
        const g = got as { train?: unknown; val?: unknown; test?: unknown };
        const m = args[0] as number;
        if (!g || !Array.isArray(g.train) || !Array.isArray(g.val) || !Array.isArray(g.test)) return { en: 'return { train, val, test }, three arrays', zh: '返回 { train, val, test }，三个数组' };
        const all = [...g.train, ...g.val, ...g.test];
        if (all.length !== m) return { en: `the three sets hold ${all.length} indices in all, but there are ${m} examples: every example belongs to exactly one set`, zh: `三个集合一共有 ${all.length} 个索引，但样本有 ${m} 个：每个样本恰好属于一个集合` };
        const seen = new Set(all);
        if (seen.size !== m) return { en: 'an index appears in two sets (or twice in one)', zh: '有索引出现在两个集合中（或在一个集合中出现两次）' };
        return null;
      },
    },
  ],
});
