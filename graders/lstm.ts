import { defineGrader } from '../src/lib/engine/grader';
import { STABLE_GATES, stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

interface Params {
  Wf: number[][];
  bf: number[];
  Wu: number[][];
  bu: number[];
  Wc: number[][];
  bc: number[];
  Wo: number[][];
  bo: number[];
}

/**
 * Random LSTM parameters for n_a units and n_x inputs: every W is n_a × (n_a + n_x), each gate
 * drawn independently (so Γf ≠ Γu and the column blocks differ).
 */
function params(rng: Rng, nx: number, na: number, scale = 1.5): Params {
  const W = () => rng.matrix(na, na + nx, -scale, scale);
  const b = () => rng.vector(na, -0.5, 0.5);
  return { Wf: W(), bf: b(), Wu: W(), bu: b(), Wc: W(), bc: b(), Wo: W(), bo: b() };
}

const WORKED: Params = {
  Wf: [[0, 0, 1], [0, 0, 0]],
  bf: [0, 2],
  Wu: [[0, 0, 0], [1, 0, 0]],
  bu: [0, 0],
  Wc: [[1, 0, 1], [0, 1, 0]],
  bc: [0, 0],
  Wo: [[0, 1, 0], [0, 0, 0]],
  bo: [0, 0],
};

/** The first step of a sequence: n_a = 3, n_x = 2, zero state, small readable weights. */
const FIRST_STEP: Params = {
  Wf: [[0, 0, 0, 1, 0], [0, 0, 0, 0, 1], [0, 0, 0, 0.5, 0.5]],
  bf: [1, 0, -1],
  Wu: [[0, 0, 0, 0, -1], [0, 0, 0, 2, 0], [0, 0, 0, 1, 1]],
  bu: [0, 0.5, 0],
  Wc: [[0, 0, 0, 1, 1], [0, 0, 0, -1, 0], [0, 0, 0, 0, 2]],
  bc: [0, 0, -0.5],
  Wo: [[0, 0, 0, 0, 1], [0, 0, 0, 1, 0], [0, 0, 0, -1, -1]],
  bo: [0, 1, 0],
};

/**
 * Five units whose gates are pinned at exactly 0 or 1 by biases of ±1000, one per combination
 * of (Γu, Γf): (1, 0), (0, 1), (1, 1), (0, 0), and a unit with a saturated candidate.
 */
function saturatedByBias(rng: Rng): unknown[] {
  const p = params(rng, 2, 5);
  p.bu = [1000, -1000, 1000, -1000, 1000];
  p.bf = [-1000, 1000, 1000, -1000, -1000];
  p.bo = [1000, 1000, 1000, 1000, -1000];
  p.bc = [0.3, -0.2, 0.1, 0, 1000];
  return [rng.vector(2, -2, 2), rng.vector(5, -1, 1), rng.vector(5, -3, 3), p];
}

/** Weights of ±400 on inputs up to ±3: pre-activations in the thousands, of both signs. */
function saturatedByWeights(rng: Rng): unknown[] {
  const na = 3;
  const nx = 2;
  const big = () => Array.from({ length: na }, () => Array.from({ length: na + nx }, () => rng.pick([-400, 400]) * rng.uniform(0.5, 1)));
  const p: Params = { Wf: big(), bf: rng.vector(na), Wu: big(), bu: rng.vector(na), Wc: big(), bc: rng.vector(na), Wo: big(), bo: rng.vector(na) };
  return [[3, -2.5], [1, -1, 0.5], [2, -0.5, -1.5], p];
}

export default defineGrader({
  checks: [
    {
      id: 'worked-example',
      kind: 'example',
      name: { en: 'n_a = 2, n_x = 1 (the worked example)', zh: 'n_a = 2，n_x = 1（题中例子）' },
      call: 'lstmCellForward',
      args: [[1], [1, -1], [0.5, 2], WORKED],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'first-step',
      kind: 'example',
      name: { en: 'the first step: aPrev = cPrev = 0, n_a = 3, n_x = 2', zh: '第一步：aPrev = cPrev = 0，n_a = 3，n_x = 2' },
      call: 'lstmCellForward',
      args: [[1, -0.5], [0, 0, 0], [0, 0, 0], FIRST_STEP],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- shapes: n_x ≠ n_a, so [x, a] in place of [a, x] multiplies the wrong columns ----
    {
      id: 'more-inputs-than-units',
      kind: 'hidden',
      name: { en: 'n_a = 2 units, n_x = 5 inputs (W is 2×7)', zh: 'n_a = 2 个单元，n_x = 5 个输入（W 是 2×7）' },
      call: 'lstmCellForward',
      generate: (rng) => [rng.vector(5, -2, 2), rng.vector(2), rng.vector(2, -2, 2), params(rng, 5, 2)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'more-units-than-inputs',
      kind: 'hidden',
      name: { en: 'n_a = 4 units, n_x = 1 input (W is 4×5)', zh: 'n_a = 4 个单元，n_x = 1 个输入（W 是 4×5）' },
      call: 'lstmCellForward',
      generate: (rng) => [[rng.uniform(-2, 2)], rng.vector(4), rng.vector(4, -2, 2), params(rng, 1, 4)],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- degenerate sizes and zeros ----
    {
      id: 'one-unit',
      kind: 'edge',
      name: { en: 'a single unit and a single input (every W is 1×2)', zh: '单个单元、单个输入（每个 W 都是 1×2）' },
      call: 'lstmCellForward',
      args: [
        [-1.5],
        [0.4],
        [1.2],
        { Wf: [[0.5, 1]], bf: [0.2], Wu: [[-0.8, 0.3]], bu: [0.1], Wc: [[1.1, -0.6]], bc: [-0.3], Wo: [[0.7, 0.9]], bo: [0.4] },
      ],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'zero-state',
      kind: 'edge',
      name: { en: 'aPrev and cPrev all zeros (the first step)', zh: 'aPrev 和 cPrev 全为零（第一步）' },
      call: 'lstmCellForward',
      generate: (rng) => [rng.vector(3, -2, 2), [0, 0], [0, 0], params(rng, 3, 2)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'zero-input',
      kind: 'edge',
      name: { en: 'x all zeros (only the state and the biases count)', zh: 'x 全为零（只有状态与偏置起作用）' },
      call: 'lstmCellForward',
      generate: (rng) => [[0, 0], rng.vector(3), rng.vector(3, -2, 2), params(rng, 2, 3)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'zero-weights',
      kind: 'edge',
      name: { en: 'all weight matrices zero: every gate is σ(b), c̃ = tanh(bc)', zh: '所有权重矩阵为零：每个门都是 σ(b)，c̃ = tanh(bc)' },
      call: 'lstmCellForward',
      args: [
        [0.4, -1],
        [0.5, -0.25, 1],
        [2, -1, 0.5],
        {
          Wf: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
          bf: [1, -0.5, 0],
          Wu: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
          bu: [-1, 2, 0.5],
          Wc: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
          bc: [0.3, -1, 2],
          Wo: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
          bo: [0, 1, -2],
        },
      ],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- saturation and a long-held memory ----
    {
      id: 'saturated-biases',
      kind: 'edge',
      name: { en: 'gate biases of ±1000: Γu, Γf, Γo exactly 0 or 1 (forget, keep, add, or both)', zh: '门偏置为 ±1000：Γu、Γf、Γo 恰好为 0 或 1（遗忘、保留、加入，或兼而有之）' },
      call: 'lstmCellForward',
      generate: saturatedByBias,
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'saturated-weights',
      kind: 'edge',
      name: { en: 'weights of ±400: pre-activations in the thousands', zh: '权重为 ±400：激活前的值达到数千' },
      call: 'lstmCellForward',
      generate: saturatedByWeights,
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'large-memory',
      kind: 'edge',
      name: { en: 'a memory cell far beyond ±1 (tanh(c) is not c)', zh: '远超 ±1 的记忆细胞（tanh(c) 不等于 c）' },
      call: 'lstmCellForward',
      generate: (rng) => [rng.vector(2, -1, 1), rng.vector(3), [6, -4.5, 3], params(rng, 2, 3)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'five-steps',
      kind: 'hidden',
      name: { en: 'five steps in a row, each step’s a and c fed back', zh: '连续五步，每一步的 a 和 c 传回' },
      run: `(m, xs, a, c, p) => {
        const out = [];
        for (const x of xs) {
          const s = m.lstmCellForward(x, a, c, p);
          a = s.a;
          c = s.c;
          out.push({ a: Array.isArray(a) ? a.slice() : a, c: Array.isArray(c) ? c.slice() : c });
        }
        return out;
      }`,
      generate: (rng) => [rng.matrix(5, 2, -2, 2), [0, 0, 0], [0, 0, 0], params(rng, 2, 3)],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random sizes, states and parameters', zh: '随机的大小、状态与参数' },
      call: 'lstmCellForward',
      count: 8,
      generate: (rng) => {
        const nx = rng.int(1, 5);
        const na = rng.int(1, 5);
        return [rng.vector(nx, -2, 2), rng.vector(na), rng.vector(na, -2, 2), params(rng, nx, na)];
      },
      nonFiniteHint: STABLE_GATES,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(6),
  },
});
