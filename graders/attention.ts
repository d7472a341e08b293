import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const SHIFT = 'exp overflowed (e^1000 = Infinity, Infinity/Infinity = NaN): subtract the largest score from every score before exponentiating';
const MASKED =
  'a query whose mask row is all false has nothing to attend to: return a row of d_v zeros for it instead of dividing 0 by 0 (or exponentiating −∞ − (−∞) = NaN)';

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
    { id: 'weights-worked-example', kind: 'example', name: 'three scores (the worked example)', call: 'attentionWeights', args: [[1, 3, 0]], nonFiniteHint: SHIFT },
    { id: 'weights-plus-minus-1000', kind: 'edge', name: 'scores of ±1000', call: 'attentionWeights', args: [[1000, -1000, 999, 0]], nonFiniteHint: SHIFT },
    { id: 'weights-all-minus-1000', kind: 'edge', name: 'every score −1000 (uniform, not 0/0)', call: 'attentionWeights', args: [[-1000, -1000, -1000]], nonFiniteHint: SHIFT },
    { id: 'weights-one-score', kind: 'edge', name: 'a single score: its weight is 1', call: 'attentionWeights', args: [[-3.5]], nonFiniteHint: SHIFT },
    { id: 'weights-equal', kind: 'edge', name: 'equal scores: uniform weights', call: 'attentionWeights', args: [[0.7, 0.7, 0.7, 0.7, 0.7]], nonFiniteHint: SHIFT },
    {
      id: 'weights-random',
      kind: 'random',
      name: 'random scores, some with a large offset',
      call: 'attentionWeights',
      count: 5,
      generate: (rng) => [scores(rng, rng.int(2, 8))],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'weights-sum-to-one',
      kind: 'property',
      name: 'the weights are in [0, 1] and sum to 1',
      call: 'attentionWeights',
      generate: (rng) => [scores(rng, 12)],
      nonFiniteHint: SHIFT,
      property: ({ got }) => {
        const w = got as number[];
        let s = 0;
        for (let i = 0; i < w.length; i++) {
          if (!(w[i] >= 0 && w[i] <= 1)) return `weight ${i} is ${w[i]}, outside [0, 1]`;
          s += w[i];
        }
        if (Math.abs(s - 1) > 1e-12) return `the weights sum to ${s}, not 1`;
        return null;
      },
    },

    // ---- contextVector ----
    {
      id: 'context-worked-example',
      kind: 'example',
      name: 'three activations of 2 units (the worked example)',
      call: 'contextVector',
      args: [[0.5, 0.25, 0.25], [[1, 0], [0, 2], [2, 2]]],
    },
    { id: 'context-one-step', kind: 'edge', name: 'one time step with weight 1: c = a', call: 'contextVector', args: [[1], [[0.3, -1.2, 4]]] },
    {
      id: 'context-one-hot-weights',
      kind: 'edge',
      name: 'all the weight on one step: c is that row of as',
      call: 'contextVector',
      args: [[0, 0, 1, 0], [[1, 2], [3, 4], [-5, 6], [7, 8]]],
    },
    {
      id: 'context-unnormalized',
      kind: 'edge',
      name: 'weights that do not sum to 1: still the plain sum Σ α a',
      call: 'contextVector',
      args: [[2, -1, 0.5], [[1, 1, 0], [0, 1, 1], [2, 0, -2]]],
    },
    {
      id: 'context-random',
      kind: 'random',
      name: 'random weights and activations (T′ ≠ n_a)',
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
      name: '2 queries, 3 keys, d_k = 4, d_v = 2, no mask (the worked example)',
      call: 'scaledDotProductAttention',
      args: [Q, K, V],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-worked-example-masked',
      kind: 'example',
      name: 'the worked example with a mask; the second query’s row is all false',
      call: 'scaledDotProductAttention',
      args: [Q, K, V, [[true, false, true], [false, false, false]]],
      nonFiniteHint: MASKED,
    },
    {
      id: 'sdpa-mask-undefined',
      kind: 'edge',
      name: 'mask left out (undefined): every key is used',
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 3, 4, 3, 2),
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-mask-all-true',
      kind: 'edge',
      name: 'a mask that is all true: the same as no mask',
      call: 'scaledDotProductAttention',
      generate: (rng) => [...qkv(rng, 3, 4, 3, 2), randomMask(rng, 3, 4, 1)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-causal-mask',
      kind: 'edge',
      name: 'a causal mask (query i sees keys 0..i)',
      call: 'scaledDotProductAttention',
      generate: (rng) => [...qkv(rng, 4, 4, 3, 5), causal(4)],
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-fully-masked-row',
      kind: 'edge',
      name: 'one query has every key masked (its row is zeros), the others are partly masked',
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
      name: 'a single query (n_q = 1) over five keys',
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 1, 5, 4, 3),
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-one-key',
      kind: 'edge',
      name: 'a single key (n_k = 1): every query returns V’s only row',
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 3, 1, 2, 3),
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-scores-1000',
      kind: 'edge',
      name: 'scaled scores around ±1000 (the softmax must be stable)',
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
      name: 'more queries than keys (n_q = 5, n_k = 2)',
      call: 'scaledDotProductAttention',
      generate: (rng) => qkv(rng, 5, 2, 3, 4),
      nonFiniteHint: SHIFT,
    },
    {
      id: 'sdpa-random',
      kind: 'random',
      name: 'random Q, K, V without a mask (n_q ≠ n_k, d_v ≠ d_k)',
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
      name: 'random Q, K, V with a random mask',
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
      name: 'every output row is a weighted average of V’s rows (inside their range, column by column)',
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
              return `row ${i}, column ${d} is ${out[i][d]}, outside [${Math.min(...col)}, ${Math.max(...col)}], the range of V’s column ${d}: the weights of a query must be non-negative and sum to 1 over the keys`;
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
