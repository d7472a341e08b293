import { defineGrader } from '../src/lib/engine/grader';
import { STABLE_GATES, stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

interface Params {
  Wc: number[][];
  bc: number[];
  Wu: number[][];
  bu: number[];
  Wr?: number[][] | null;
  br?: number[] | null;
}

/**
 * Random GRU parameters for n_c units and n_x inputs: every W is n_c × (n_c + n_x), each gate
 * drawn independently (so Γu ≠ 1 − Γu, Γr ≠ 1 and the column blocks differ).
 */
function params(rng: Rng, nx: number, nc: number, scale = 1.5): Params {
  const W = () => rng.matrix(nc, nc + nx, -scale, scale);
  const b = () => rng.vector(nc, -0.5, 0.5);
  return { Wc: W(), bc: b(), Wu: W(), bu: b(), Wr: W(), br: b() };
}

/** The simplified GRU: Wr and br left out (`absent`) or set to null. */
function simplified(p: Params, how: 'absent' | 'null'): Params {
  const { Wr: _wr, br: _br, ...rest } = p;
  return how === 'absent' ? rest : { ...rest, Wr: null, br: null };
}

const WORKED: Params = {
  Wc: [[1, 0, 0.5], [0, 1, 0]],
  bc: [0, 0],
  Wu: [[0, 0, 0], [0, 1, 0]],
  bu: [0, 0],
  Wr: [[1, 0, 0], [0, 0, 1]],
  br: [0, -2],
};

/**
 * Five units whose gates are pinned at exactly 0 or 1 by biases of ±1000: units 0–2 replace their
 * memory (Γu = 1) with Γr = 1, Γr = 0 and a saturated candidate; units 3–4 keep it (Γu = 0).
 */
function saturatedByBias(rng: Rng): unknown[] {
  const p = params(rng, 3, 5);
  p.bu = [1000, 1000, 1000, -1000, -1000];
  p.br = [1000, -1000, 0.3, 1000, -1000];
  p.bc = [0.5, -0.5, 1000, 0.2, -1000];
  return [rng.vector(3, -2, 2), rng.vector(5, -1, 1), p];
}

/** Weights of ±400 on inputs up to ±3: pre-activations in the thousands, of both signs. */
function saturatedByWeights(rng: Rng, full: boolean): unknown[] {
  const nc = 3;
  const nx = 2;
  const big = () => Array.from({ length: nc }, () => Array.from({ length: nc + nx }, () => rng.pick([-400, 400]) * rng.uniform(0.5, 1)));
  const p: Params = { Wc: big(), bc: rng.vector(nc), Wu: big(), bu: rng.vector(nc) };
  if (full) {
    p.Wr = big();
    p.br = rng.vector(nc);
  }
  return [[3, -2.5], [1, -1, 0.5], p];
}

export default defineGrader({
  checks: [
    {
      id: 'worked-example',
      kind: 'example',
      name: { en: 'the full GRU, n_c = 2, n_x = 1 (the worked example)', zh: '完整 GRU，n_c = 2，n_x = 1（题中例子）' },
      call: 'gruCellForward',
      args: [[2], [1, -1], WORKED],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'worked-example-simplified',
      kind: 'example',
      name: { en: 'the simplified GRU: the worked example without Wr and br', zh: '简化 GRU：去掉 Wr 和 br 的题中例子' },
      call: 'gruCellForward',
      args: [[2], [1, -1], simplified(WORKED, 'absent')],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- shapes: n_x ≠ n_c, so [x, c] in place of [c, x] multiplies the wrong columns ----
    {
      id: 'more-inputs-than-units',
      kind: 'hidden',
      name: { en: 'n_c = 2 units, n_x = 5 inputs (W is 2×7)', zh: 'n_c = 2 个单元，n_x = 5 个输入（W 是 2×7）' },
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(5, -2, 2), rng.vector(2), params(rng, 5, 2)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'more-units-than-inputs',
      kind: 'hidden',
      name: { en: 'n_c = 4 units, n_x = 1 input (W is 4×5)', zh: 'n_c = 4 个单元，n_x = 1 个输入（W 是 4×5）' },
      call: 'gruCellForward',
      generate: (rng) => [[rng.uniform(-2, 2)], rng.vector(4), params(rng, 1, 4)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'more-units-simplified',
      kind: 'hidden',
      name: { en: 'simplified GRU, n_c = 3 units, n_x = 2 inputs', zh: '简化 GRU，n_c = 3 个单元，n_x = 2 个输入' },
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(2, -2, 2), rng.vector(3), simplified(params(rng, 2, 3), 'absent')],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- the simplified GRU: Wr absent or null means no relevance gate, not Γr = σ(0) ----
    {
      id: 'wr-null',
      kind: 'edge',
      name: { en: 'p.Wr and p.br are null: the simplified GRU (no Γr, not Γr = σ(0))', zh: 'p.Wr 和 p.br 为 null：简化 GRU（没有 Γr，而不是 Γr = σ(0)）' },
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(2, -2, 2), rng.vector(3), simplified(params(rng, 2, 3), 'null')],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- degenerate sizes and zeros ----
    {
      id: 'one-unit',
      kind: 'edge',
      name: { en: 'a single unit and a single input (every W is 1×2)', zh: '单个单元、单个输入（每个 W 都是 1×2）' },
      call: 'gruCellForward',
      args: [[-1.5], [0.8], { Wc: [[0.7, -1.2]], bc: [0.1], Wu: [[-0.4, 0.9]], bu: [0.3], Wr: [[1.1, 0.6]], br: [-0.2] }],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'one-unit-simplified',
      kind: 'edge',
      name: { en: 'a single unit and a single input, simplified GRU', zh: '单个单元、单个输入，简化 GRU' },
      call: 'gruCellForward',
      args: [[-1.5], [0.8], { Wc: [[0.7, -1.2]], bc: [0.1], Wu: [[-0.4, 0.9]], bu: [0.3] }],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'zero-state',
      kind: 'edge',
      name: { en: 'cPrev all zeros (the first step)', zh: 'cPrev 全为零（第一步）' },
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(3, -2, 2), [0, 0], params(rng, 3, 2)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'zero-input',
      kind: 'edge',
      name: { en: 'x all zeros (only the memory and the biases count)', zh: 'x 全为零（只有记忆与偏置起作用）' },
      call: 'gruCellForward',
      generate: (rng) => [[0, 0], rng.vector(3), params(rng, 2, 3)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'zero-weights',
      kind: 'edge',
      name: { en: 'all weight matrices zero: Γr = σ(br), c̃ = tanh(bc), Γu = σ(bu)', zh: '所有权重矩阵为零：Γr = σ(br)，c̃ = tanh(bc)，Γu = σ(bu)' },
      call: 'gruCellForward',
      args: [
        [0.4, -1],
        [0.5, -0.25, 1],
        {
          Wc: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
          bc: [0.3, -1, 2],
          Wu: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
          bu: [1, -0.5, 0],
          Wr: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
          br: [-1, 2, 0.5],
        },
      ],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- saturation ----
    {
      id: 'saturated-biases',
      kind: 'edge',
      name: { en: 'gate biases of ±1000: Γu, Γr exactly 0 or 1 (keep the memory, or replace it)', zh: '门偏置为 ±1000：Γu、Γr 恰好为 0 或 1（保留记忆，或替换它）' },
      call: 'gruCellForward',
      generate: saturatedByBias,
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'saturated-weights',
      kind: 'edge',
      name: { en: 'weights of ±400: pre-activations in the thousands', zh: '权重为 ±400：激活前的值达到数千' },
      call: 'gruCellForward',
      generate: (rng) => saturatedByWeights(rng, true),
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'saturated-weights-simplified',
      kind: 'edge',
      name: { en: 'weights of ±400, simplified GRU', zh: '权重为 ±400，简化 GRU' },
      call: 'gruCellForward',
      generate: (rng) => saturatedByWeights(rng, false),
      nonFiniteHint: STABLE_GATES,
    },

    {
      id: 'large-memory',
      kind: 'hidden',
      name: { en: 'a memory cell with entries beyond ±1', zh: '元素超出 ±1 的记忆细胞' },
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(2, -1, 1), rng.vector(3, -4, 4), params(rng, 2, 3)],
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'five-steps',
      kind: 'hidden',
      name: { en: 'five steps in a row, each step’s c fed back as cPrev', zh: '连续五步，每一步的 c 作为 cPrev 传回' },
      run: `(m, xs, c, p) => {
        const cs = [];
        for (const x of xs) {
          c = m.gruCellForward(x, c, p);
          cs.push(Array.isArray(c) ? c.slice() : c);
        }
        return cs;
      }`,
      generate: (rng) => [rng.matrix(5, 2, -2, 2), [0, 0, 0], params(rng, 2, 3)],
      nonFiniteHint: STABLE_GATES,
    },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: { en: 'the full GRU with random sizes and parameters', zh: '随机大小与参数的完整 GRU' },
      call: 'gruCellForward',
      count: 6,
      generate: (rng) => {
        const nx = rng.int(1, 5);
        const nc = rng.int(1, 5);
        return [rng.vector(nx, -2, 2), rng.vector(nc), params(rng, nx, nc)];
      },
      nonFiniteHint: STABLE_GATES,
    },
    {
      id: 'random-simplified',
      kind: 'random',
      name: { en: 'the simplified GRU (Wr absent or null) with random sizes and parameters', zh: '随机大小与参数的简化 GRU（Wr 缺失或为 null）' },
      call: 'gruCellForward',
      count: 4,
      generate: (rng) => {
        const nx = rng.int(1, 5);
        const nc = rng.int(1, 5);
        return [rng.vector(nx, -2, 2), rng.vector(nc), simplified(params(rng, nx, nc), rng.pick(['absent', 'null'] as const))];
      },
      nonFiniteHint: STABLE_GATES,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(6),
  },
});
