import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const OVERFLOW =
  'exp overflowed (e^1000 = Infinity, Infinity/Infinity = NaN): compute σ(z) as 1 / (1 + e^−z) for z ≥ 0 and e^z / (1 + e^z) for z < 0, and use Math.tanh';

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
      name: 'the full GRU, n_c = 2, n_x = 1 (the worked example)',
      call: 'gruCellForward',
      args: [[2], [1, -1], WORKED],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'worked-example-simplified',
      kind: 'example',
      name: 'the simplified GRU: the worked example without Wr and br',
      call: 'gruCellForward',
      args: [[2], [1, -1], simplified(WORKED, 'absent')],
      nonFiniteHint: OVERFLOW,
    },

    // ---- shapes: n_x ≠ n_c, so [x, c] in place of [c, x] multiplies the wrong columns ----
    {
      id: 'more-inputs-than-units',
      kind: 'hidden',
      name: 'n_c = 2 units, n_x = 5 inputs (W is 2×7)',
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(5, -2, 2), rng.vector(2), params(rng, 5, 2)],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'more-units-than-inputs',
      kind: 'hidden',
      name: 'n_c = 4 units, n_x = 1 input (W is 4×5)',
      call: 'gruCellForward',
      generate: (rng) => [[rng.uniform(-2, 2)], rng.vector(4), params(rng, 1, 4)],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'more-units-simplified',
      kind: 'hidden',
      name: 'simplified GRU, n_c = 3 units, n_x = 2 inputs',
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(2, -2, 2), rng.vector(3), simplified(params(rng, 2, 3), 'absent')],
      nonFiniteHint: OVERFLOW,
    },

    // ---- the simplified GRU: Wr absent or null means no relevance gate, not Γr = σ(0) ----
    {
      id: 'wr-null',
      kind: 'edge',
      name: 'p.Wr and p.br are null: the simplified GRU (no Γr, not Γr = σ(0))',
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(2, -2, 2), rng.vector(3), simplified(params(rng, 2, 3), 'null')],
      nonFiniteHint: OVERFLOW,
    },

    // ---- degenerate sizes and zeros ----
    {
      id: 'one-unit',
      kind: 'edge',
      name: 'a single unit and a single input (every W is 1×2)',
      call: 'gruCellForward',
      args: [[-1.5], [0.8], { Wc: [[0.7, -1.2]], bc: [0.1], Wu: [[-0.4, 0.9]], bu: [0.3], Wr: [[1.1, 0.6]], br: [-0.2] }],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'one-unit-simplified',
      kind: 'edge',
      name: 'a single unit and a single input, simplified GRU',
      call: 'gruCellForward',
      args: [[-1.5], [0.8], { Wc: [[0.7, -1.2]], bc: [0.1], Wu: [[-0.4, 0.9]], bu: [0.3] }],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'zero-state',
      kind: 'edge',
      name: 'cPrev all zeros (the first step)',
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(3, -2, 2), [0, 0], params(rng, 3, 2)],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'zero-input',
      kind: 'edge',
      name: 'x all zeros (only the memory and the biases count)',
      call: 'gruCellForward',
      generate: (rng) => [[0, 0], rng.vector(3), params(rng, 2, 3)],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'zero-weights',
      kind: 'edge',
      name: 'all weight matrices zero: Γr = σ(br), c̃ = tanh(bc), Γu = σ(bu)',
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
      nonFiniteHint: OVERFLOW,
    },

    // ---- saturation ----
    {
      id: 'saturated-biases',
      kind: 'edge',
      name: 'gate biases of ±1000: Γu, Γr exactly 0 or 1 (keep the memory, or replace it)',
      call: 'gruCellForward',
      generate: saturatedByBias,
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-weights',
      kind: 'edge',
      name: 'weights of ±400: pre-activations in the thousands',
      call: 'gruCellForward',
      generate: (rng) => saturatedByWeights(rng, true),
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-weights-simplified',
      kind: 'edge',
      name: 'weights of ±400, simplified GRU',
      call: 'gruCellForward',
      generate: (rng) => saturatedByWeights(rng, false),
      nonFiniteHint: OVERFLOW,
    },

    {
      id: 'large-memory',
      kind: 'hidden',
      name: 'a memory cell with entries beyond ±1',
      call: 'gruCellForward',
      generate: (rng) => [rng.vector(2, -1, 1), rng.vector(3, -4, 4), params(rng, 2, 3)],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'five-steps',
      kind: 'hidden',
      name: 'five steps in a row, each step’s c fed back as cPrev',
      run: `(m, xs, c, p) => {
        const cs = [];
        for (const x of xs) {
          c = m.gruCellForward(x, c, p);
          cs.push(Array.isArray(c) ? c.slice() : c);
        }
        return cs;
      }`,
      generate: (rng) => [rng.matrix(5, 2, -2, 2), [0, 0, 0], params(rng, 2, 3)],
      nonFiniteHint: OVERFLOW,
    },

    // ---- random ----
    {
      id: 'random',
      kind: 'random',
      name: 'the full GRU with random sizes and parameters',
      call: 'gruCellForward',
      count: 6,
      generate: (rng) => {
        const nx = rng.int(1, 5);
        const nc = rng.int(1, 5);
        return [rng.vector(nx, -2, 2), rng.vector(nc), params(rng, nx, nc)];
      },
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'random-simplified',
      kind: 'random',
      name: 'the simplified GRU (Wr absent or null) with random sizes and parameters',
      call: 'gruCellForward',
      count: 4,
      generate: (rng) => {
        const nx = rng.int(1, 5);
        const nc = rng.int(1, 5);
        return [rng.vector(nx, -2, 2), rng.vector(nc), simplified(params(rng, nx, nc), rng.pick(['absent', 'null'] as const))];
      },
      nonFiniteHint: OVERFLOW,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 6:9 >= → >': 'at z = 0 both forms of the stable sigmoid give 0.5: the branch taken at 0 does not matter',
    'constant 6:12 0 → 1': 'for 0 ≤ z < 1 e^z/(1+e^z) is as accurate as 1/(1+e^−z): the branch only matters where e^z overflows',
  },
});
