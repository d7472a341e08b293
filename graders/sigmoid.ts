import { defineGrader } from '../src/lib/engine/grader';

const OVERFLOW =
  'e^z overflowed to Infinity and Infinity/Infinity is NaN: use 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0, so the exponent is never positive';

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);
const negate = (v: unknown): unknown => (Array.isArray(v) ? v.map(negate) : -(v as number));

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: 'a vector (the worked example)', call: 'sigmoid', args: [[-1, 0, 2]] },
    { id: 'a-number', kind: 'example', name: 'a single number', call: 'sigmoid', args: [4] },
    { id: 'a-matrix', kind: 'example', name: 'a 2×2 matrix: same shape back', call: 'sigmoid', args: [[[0, 1], [-1, 3]]] },

    { id: 'zero-exact', kind: 'edge', name: 'σ(0) is exactly 0.5', call: 'sigmoid', args: [0], tolerance: { rtol: 0, atol: 0 } },
    {
      id: 'zeros-matrix-exact',
      kind: 'edge',
      name: 'a matrix of zeros gives exactly 0.5 everywhere',
      call: 'sigmoid',
      args: [[[0, 0, 0], [0, 0, 0]]],
      tolerance: { rtol: 0, atol: 0 },
    },
    { id: 'plus-1000', kind: 'edge', name: 'z = 1000 (saturated): σ = 1, not NaN', call: 'sigmoid', args: [1000], nonFiniteHint: OVERFLOW },
    { id: 'minus-1000', kind: 'edge', name: 'z = −1000 (saturated): σ = 0, not NaN', call: 'sigmoid', args: [-1000], nonFiniteHint: OVERFLOW },
    {
      id: 'saturated-vector',
      kind: 'edge',
      name: 'a vector of logits of ±1000, ±745 and ±710 (exp overflows above 709.78)',
      call: 'sigmoid',
      args: [[1000, -1000, 0, 710, -710, 745, -745]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-matrix',
      kind: 'edge',
      name: 'a matrix of logits of ±1000',
      call: 'sigmoid',
      args: [[[1000, -1000], [-800, 800], [0, 1000]]],
      nonFiniteHint: OVERFLOW,
    },
    { id: 'large-finite', kind: 'edge', name: 'confident but finite logits (±30, ±40)', call: 'sigmoid', args: [[30, -30, 40, -40]], nonFiniteHint: OVERFLOW },
    { id: 'vector-of-one', kind: 'edge', name: 'a vector of one number: a vector comes back', call: 'sigmoid', args: [[0.3]] },
    { id: 'one-by-one', kind: 'edge', name: 'a 1×1 matrix: a 1×1 matrix comes back', call: 'sigmoid', args: [[[2]]] },
    { id: 'single-column', kind: 'edge', name: 'a single-column matrix', call: 'sigmoid', args: [[[1], [-2], [0.5]]] },
    { id: 'negative-number', kind: 'hidden', name: 'a negative number', call: 'sigmoid', args: [-2.5] },
    {
      id: 'wide-matrix',
      kind: 'hidden',
      name: 'a 4×6 matrix of logits',
      call: 'sigmoid',
      generate: (rng) => [rng.normalMatrix(4, 6, 5)],
    },
    {
      id: 'random',
      kind: 'random',
      name: 'a random number, vector or matrix',
      call: 'sigmoid',
      count: 9,
      generate: (rng) => {
        const kind = rng.pick(['number', 'vector', 'matrix'] as const);
        if (kind === 'number') return [rng.uniform(-12, 12)];
        if (kind === 'vector') return [rng.vector(rng.int(1, 8), -12, 12)];
        return [rng.matrix(rng.int(1, 5), rng.int(1, 5), -12, 12)];
      },
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'symmetric-increasing',
      kind: 'property',
      name: 'σ(−z) = 1 − σ(z), values in [0, 1], increasing in z',
      call: 'sigmoid',
      args: [[-50, -8, -3, -1, -0.25, 0, 0.25, 1, 3, 8, 50]],
      property: ({ got, args, call }) => {
        const s = flat(got);
        for (let i = 0; i < s.length; i++) {
          if (!(s[i] >= 0 && s[i] <= 1)) return `element ${i} is ${s[i]}, outside [0, 1]`;
          if (i > 0 && s[i] < s[i - 1]) return `σ decreases between element ${i - 1} and element ${i}: the sigmoid increases with z`;
        }
        const back = flat(call('sigmoid', negate(args[0])));
        for (let i = 0; i < s.length; i++) {
          if (Math.abs(s[i] + back[i] - 1) > 1e-12) return `σ(z) + σ(−z) should be 1, but for element ${i} it is ${s[i] + back[i]}`;
        }
        return null;
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 9:9 >= → >': 'at z = 0 both forms of the stable sigmoid give 0.5: the branch taken at 0 does not matter',
    'constant 9:12 0 → 1': 'for 0 ≤ z < 1 e^z/(1+e^z) is as accurate as 1/(1+e^−z): the branch only matters where e^z overflows',
  },
});
