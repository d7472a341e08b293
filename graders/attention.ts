import { defineGrader } from '../src/lib/engine/grader';
import { softmaxShift } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

const SHIFT = softmaxShift({ en: 'score', zh: '分数' });
const MASKED =
  { en: 'a query whose mask row is all false has nothing to attend to: return a row of d_v zeros for it instead of dividing 0 by 0 (or exponentiating −∞ − (−∞) = NaN)', zh: '掩码行全为 false 的查询没有可关注的键：为它返回一行 d_v 个零，而不是用 0 除以 0（或计算 −∞ − (−∞) = NaN 的指数）' };

/** Scores with a large common offset now and then: only a shifted softmax survives. */
function scores(rng: Rng, n: number): number[] {
  const c = rng.random() < 0.5 ? 0 : rng.uniform(-900, 900);
  return rng.vector(n, -5, 5).map((z) => z + c);
}

/** Weights from a softmax (they sum to 1). */
function weights(rng: Rng, n: number): number[] {
  const e = rng.vector(n, -2, 2).map(Math.exp);
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** d_v ≠ d_k, both ≥ 2: using V's width for the scale, or no scale at all, shows. */
function widths(rng: Rng): [number, number] {
  const dk = rng.int(2, 5);
  let dv = rng.int(2, 4);
  if (dv >= dk) dv++;
  return [dk, dv];
}

/** Q, K, V for n_q queries and n_k keys. */
function qkv(rng: Rng, nq: number, nk: number, dk: number, dv: number, scale = 2): number[][][] {
  return [rng.matrix(nq, dk, -scale, scale), rng.matrix(nk, dk, -scale, scale), rng.matrix(nk, dv, -2, 2)];
}

/** A random boolean mask, each key kept with probability `keep`. */
function randomMask(rng: Rng, nq: number, nk: number, keep = 0.65): boolean[][] {
  return Array.from({ length: nq }, () => Array.from({ length: nk }, () => rng.random() < keep));
}

/** Causal mask: query i sees keys 0..i. */
function causal(n: number): boolean[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => j <= i));
}

const Q = [[1, 0, 1, 0], [0, 2, 0, 0]];
const K = [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 1, 1]];
const V = [[1, 0], [0, 1], [1, 1]];

export default defineGrader({
  checks: [
    // ---- attentionWeights ----
    { id: 'weights-worked-example', kind: 'example', name: { en: 'three scores (the worked example)', zh: '三个分数（题中例子）' }, call: 'attentionWeights', args: [[1, 3, 0]], nonFiniteHint: SHIFT },
    { id: 'weights-plus-minus-1000', kind: 'edge', name: { en: 'scores of ±1000', zh: '±1000 的分数' }, call: 'attentionWeights', args: [[1000, -1000, 999, 0]], nonFiniteHint: SHIFT },
    { id: 'weights-all-minus-1000', kind: 'edge', name: { en: 'every score −1000 (uniform, not 0/0)', zh: '每个分数都是 −1000（均匀分布，不是 0/0）' }, call: 'attentionWeights', args: [[-1000, -1000, -1000]], nonFiniteHint: SHIFT },
    { id: 'weights-one-score', kind: 'edge', name: { en: 'a single score: its weight is 1', zh: '单个分数：它的权重为 1' }, call: 'attentionWeights', args: [[-3.5]], nonFiniteHint: SHIFT },
    { id: 'weights-equal', kind: 'edge', name: { en: 'equal scores: uniform weights', zh: '分数相等：权重均匀' }, call: 'attentionWeights', args: [[0.7, 0.7, 0.7, 0.7, 0.7]], nonFiniteHint: SHIFT },
    {
      id: 'weights-random',
      kind: 'random',
      name: { en: 'random scores, some with a large offset', zh: '随机分数，有些带很大的偏移' },
      call: 'attentionWeights',
      count: 5,
      generate: (rng) => [scores(rng, rng.int(2, 8))],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'weights-sum-to-one',
      kind: 'property',
      name: { en: 'the weights are in [0, 1] and sum to 1', zh: '权重在 [0, 1] 内且和为 1' },
      call: 'attentionWeights',
      generate: (rng) => [scores(rng, 12)],
      nonFiniteHint: SHIFT,
      property: ({ got }) => {
        const w = got as number[];
        let s = 0;
        for (let i = 0; i < w.length; i++) {
          if (!(w[i] >= 0 && w[i] <= 1)) return { en: `weight ${i} is ${w[i]}, outside [0, 1]`, zh: `权重 ${i} 是 ${w[i]}，不在 [0, 1] 内` };
          s += w[i];
        }
        if (Math.abs(s - 1) > 1e-12) return { en: `the weights sum to ${s}, not 1`, zh: `权重之和是 ${s}，不是 1` };
        return null;
      },
    },

    // ---- contextVector ----
    {
      id: 'context-worked-example',
      kind: 'example',
      name: { en: 'three activations of 2 units (the worked example)', zh: '2 个单元的三个激活值（题中例子）' },
      call: 'contextVector',
      args: [[0.5, 0.25, 0.25], [[1, 0], [0, 2], [2, 2]]],
    },
    { id: 'context-one-step', kind: 'edge', name: { en: 'one time step with weight 1: c = a', zh: '只有一个时间步、权重为 1：c = a' }, call: 'contextVector', args: [[1], [[0.3, -1.2, 4]]] },
    {
      id: 'context-one-hot-weights',
      kind: 'edge',
      name: { en: 'all the weight on one step: c is that row of as', zh: '全部权重在一个时间步上：c 就是 as 的那一行' },
      call: 'contextVector',
      args: [[0, 0, 1, 0], [[1, 2], [3, 4], [-5, 6], [7, 8]]],
    },
    {
      id: 'context-unnormalized',
      kind: 'edge',
      name: { en: 'weights that do not sum to 1: still the plain sum Σ α a', zh: '权重之和不为 1：仍是普通的和 Σ α a' },
      call: 'contextVector',
      args: [[2, -1, 0.5], [[1, 1, 0], [0, 1, 1], [2, 0, -2]]],
    },
    {
      id: 'context-random',
      kind: 'random',
      name: { en: 'random weights and activations (T′ ≠ n_a)', zh: '随机的权重与激活值（T′ ≠ n_a）' },
      call: 'contextVector',
      count: 5,
      generate: (rng) => {
        const T = rng.int(2, 6);
        let na = rng.int(1, 5);
        if (na === T) na++;
        return [weights(rng, T), rng.matrix(T, na, -2, 2)];
      },
    },

    // ---- scaledDotProductAttention ----
    {
      id: 'sdpa-worked-example',
      kind: 'example',
      name: { en: '2 queries, 3 keys, d_k = 4, d_v = 2, no mask (the worked example)', zh: '2 个查询、3 个键，d_k = 4，d_v = 2，无掩码（题中例子）' },
      call: 'scaledDotProductAttention',
      args: [Q, K, V],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-worked-example-masked',
      kind: 'example',
      name: { en: 'the worked example with a mask; the second query’s row is all false', zh: '带掩码的题中例子；第二个查询的行全为 false' },
      call: 'scaledDotProductAttention',
      args: [Q, K, V, [[true, false, true], [false, false, false]]],
      nonFiniteHint: MASKED,
    },
    {
      id: 'sdpa-mask-undefined',
      kind: 'edge',
      name: { en: 'mask left out (undefined): every key is used', zh: '省略掩码（undefined）：使用所有键' },
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 3, 4, 3, 2),
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-mask-all-true',
      kind: 'edge',
      name: { en: 'a mask that is all true: the same as no mask', zh: '全为 true 的掩码：与无掩码相同' },
      call: 'scaledDotProductAttention',
      generate: (rng) => [...qkv(rng, 3, 4, 3, 2), randomMask(rng, 3, 4, 1)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-causal-mask',
      kind: 'edge',
      name: { en: 'a causal mask (query i sees keys 0..i)', zh: '因果掩码（查询 i 看到键 0..i）' },
      call: 'scaledDotProductAttention',
      generate: (rng) => [...qkv(rng, 4, 4, 3, 5), causal(4)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-fully-masked-row',
      kind: 'edge',
      name: { en: 'one query has every key masked (its row is zeros), the others are partly masked', zh: '一个查询的所有键都被遮住（它的行为零），其他查询部分被遮住' },
      call: 'scaledDotProductAttention',
      generate: (rng) => [
        ...qkv(rng, 3, 4, 2, 3),
        [
          [true, false, true, true],
          [false, false, false, false],
          [false, true, true, false],
        ],
      ],
      nonFiniteHint: MASKED,
    },
    {
      id: 'sdpa-one-query',
      kind: 'edge',
      name: { en: 'a single query (n_q = 1) over five keys', zh: '单个查询（n_q = 1）对五个键' },
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 1, 5, 4, 3),
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-one-key',
      kind: 'edge',
      name: { en: 'a single key (n_k = 1): every query returns V’s only row', zh: '单个键（n_k = 1）：每个查询都返回 V 的唯一一行' },
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 3, 1, 2, 3),
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-scores-1000',
      kind: 'edge',
      name: { en: 'scaled scores around ±1000 (the softmax must be stable)', zh: '缩放后的分数在 ±1000 附近（softmax 必须数值稳定）' },
      call: 'scaledDotProductAttention',
      args: [
        [[50, 50, 0, 0], [-50, 0, 50, 0]],
        [[20, 20, 0, 0], [-20, -20, 0, 0], [19.99, 20, 0, 0], [0, 0, 40, 0]],
        [[1, 0, 2], [0, 1, -1], [3, 3, 0], [-2, 1, 1]],
      ],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-more-queries',
      kind: 'hidden',
      name: { en: 'more queries than keys (n_q = 5, n_k = 2)', zh: '查询多于键（n_q = 5，n_k = 2）' },
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 5, 2, 3, 4),
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-random',
      kind: 'random',
      name: { en: 'random Q, K, V without a mask (n_q ≠ n_k, d_v ≠ d_k)', zh: '无掩码的随机 Q、K、V（n_q ≠ n_k，d_v ≠ d_k）' },
      call: 'scaledDotProductAttention',
      count: 5,
      generate: (rng) => {
        const [dk, dv] = widths(rng);
        const nq = rng.int(1, 4);
        let nk = rng.int(1, 5);
        if (nk === nq) nk++;
        return qkv(rng, nq, nk, dk, dv);
      },
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-random-masked',
      kind: 'random',
      name: { en: 'random Q, K, V with a random mask', zh: '带随机掩码的随机 Q、K、V' },
      call: 'scaledDotProductAttention',
      count: 5,
      generate: (rng) => {
        const [dk, dv] = widths(rng);
        const nq = rng.int(2, 4);
        const nk = rng.int(2, 5);
        return [...qkv(rng, nq, nk, dk, dv), randomMask(rng, nq, nk)];
      },
      nonFiniteHint: MASKED,
    },
    {
      id: 'sdpa-convex-combination',
      kind: 'property',
      name: { en: 'every output row is a weighted average of V’s rows (inside their range, column by column)', zh: '每个输出行都是 V 各行的加权平均（逐列落在它们的范围内）' },
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 4, 6, 3, 2, 3),
      nonFiniteHint: SHIFT,
      property: ({ got, args }) => {
        const out = got as number[][];
        const Vs = args[2] as number[][];
        for (let i = 0; i < out.length; i++) {
          for (let d = 0; d < Vs[0].length; d++) {
            const col = Vs.map((r) => r[d]);
            const lo = Math.min(...col) - 1e-12;
            const hi = Math.max(...col) + 1e-12;
            if (!(out[i][d] >= lo && out[i][d] <= hi)) {
              return { en: `row ${i}, column ${d} is ${out[i][d]}, outside [${Math.min(...col)}, ${Math.max(...col)}], the range of V’s column ${d}: the weights of a query must be non-negative and sum to 1 over the keys`, zh: `第 ${i} 行第 ${d} 列是 ${out[i][d]}，不在 V 第 ${d} 列的范围 [${Math.min(...col)}, ${Math.max(...col)}] 内：一个查询的权重必须非负，且对所有键求和为 1` };
            }
          }
        }
        return null;
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'constant 10:46 0 → 1': 'every score of a row grows by the same 1/√d_k, and softmax ignores a common shift',
    'arguments 58:25 q, k → k, q': 'the dot product is symmetric',
    'guard 62:5 if (keys.length === 0) → (removed)': 'with every key masked the loop adds nothing and the output row stays 0',
  },
});
