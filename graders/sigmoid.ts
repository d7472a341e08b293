import { defineGrader } from '../src/lib/engine/grader';
import { stableSigmoidMutants } from '../src/lib/engine/kit';

const OVERFLOW = {
  en: 'e^z overflowed to Infinity and Infinity/Infinity is NaN: use 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0, so the exponent is never positive',
  zh: 'e^z 溢出成了 Infinity，而 Infinity/Infinity 是 NaN：z ≥ 0 时用 1/(1 + e^−z)，z < 0 时用 e^z/(1 + e^z)，这样指数永远不为正',
};

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);
const negate = (v: unknown): unknown => (Array.isArray(v) ? v.map(negate) : -(v as number));

export default defineGrader({
  checks: [
    { id: 'worked-example', kind: 'example', name: { en: 'a vector (the worked example)', zh: '一个向量（例题）' }, call: 'sigmoid', args: [[-1, 0, 2]] },
    { id: 'a-number', kind: 'example', name: { en: 'a single number', zh: '单个数' }, call: 'sigmoid', args: [4] },
    { id: 'a-matrix', kind: 'example', name: { en: 'a 2×2 matrix: same shape back', zh: '2×2 矩阵：返回同样的形状' }, call: 'sigmoid', args: [[[0, 1], [-1, 3]]] },

    { id: 'zero-exact', kind: 'edge', name: { en: 'σ(0) is exactly 0.5', zh: 'σ(0) 恰好是 0.5' }, call: 'sigmoid', args: [0], tolerance: { rtol: 0, atol: 0 } },
    {
      id: 'zeros-matrix-exact',
      kind: 'edge',
      name: { en: 'a matrix of zeros gives exactly 0.5 everywhere', zh: '全零矩阵处处恰好得到 0.5' },
      call: 'sigmoid',
      args: [[[0, 0, 0], [0, 0, 0]]],
      tolerance: { rtol: 0, atol: 0 },
    },
    { id: 'plus-1000', kind: 'edge', name: { en: 'z = 1000 (saturated): σ = 1, not NaN', zh: 'z = 1000（饱和）：σ = 1，不是 NaN' }, call: 'sigmoid', args: [1000], nonFiniteHint: OVERFLOW },
    { id: 'minus-1000', kind: 'edge', name: { en: 'z = −1000 (saturated): σ = 0, not NaN', zh: 'z = −1000（饱和）：σ = 0，不是 NaN' }, call: 'sigmoid', args: [-1000], nonFiniteHint: OVERFLOW },
    {
      id: 'saturated-vector',
      kind: 'edge',
      name: { en: 'a vector of logits of ±1000, ±745 and ±710 (exp overflows above 709.78)', zh: 'logit 为 ±1000、±745 和 ±710 的向量（exp 在 709.78 以上溢出）' },
      call: 'sigmoid',
      args: [[1000, -1000, 0, 710, -710, 745, -745]],
      nonFiniteHint: OVERFLOW,
    },
    {
      id: 'saturated-matrix',
      kind: 'edge',
      name: { en: 'a matrix of logits of ±1000', zh: 'logit 为 ±1000 的矩阵' },
      call: 'sigmoid',
      args: [[[1000, -1000], [-800, 800], [0, 1000]]],
      nonFiniteHint: OVERFLOW,
    },
    { id: 'large-finite', kind: 'edge', name: { en: 'confident but finite logits (±30, ±40)', zh: '很自信但有限的 logit（±30、±40）' }, call: 'sigmoid', args: [[30, -30, 40, -40]], nonFiniteHint: OVERFLOW },
    { id: 'vector-of-one', kind: 'edge', name: { en: 'a vector of one number: a vector comes back', zh: '只含一个数的向量：返回向量' }, call: 'sigmoid', args: [[0.3]] },
    { id: 'one-by-one', kind: 'edge', name: { en: 'a 1×1 matrix: a 1×1 matrix comes back', zh: '1×1 矩阵：返回 1×1 矩阵' }, call: 'sigmoid', args: [[[2]]] },
    { id: 'single-column', kind: 'edge', name: { en: 'a single-column matrix', zh: '单列矩阵' }, call: 'sigmoid', args: [[[1], [-2], [0.5]]] },
    { id: 'negative-number', kind: 'hidden', name: { en: 'a negative number', zh: '一个负数' }, call: 'sigmoid', args: [-2.5] },
    {
      id: 'wide-matrix',
      kind: 'hidden',
      name: { en: 'a 4×6 matrix of logits', zh: '4×6 的 logit 矩阵' },
      call: 'sigmoid',
      generate: (rng) => [rng.normalMatrix(4, 6, 5)],
    },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'a random number, vector or matrix', zh: '随机的数、向量或矩阵' },
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
      name: { en: 'σ(−z) = 1 − σ(z), values in [0, 1], increasing in z', zh: 'σ(−z) = 1 − σ(z)，取值在 [0, 1] 内，随 z 递增' },
      call: 'sigmoid',
      args: [[-50, -8, -3, -1, -0.25, 0, 0.25, 1, 3, 8, 50]],
      property: ({ got, args, call }) => {
        const s = flat(got);
        for (let i = 0; i < s.length; i++) {
          if (!(s[i] >= 0 && s[i] <= 1)) return { en: `element ${i} is ${s[i]}, outside [0, 1]`, zh: `第 ${i} 个元素是 ${s[i]}，不在 [0, 1] 内` };
          if (i > 0 && s[i] < s[i - 1]) {
            return {
              en: `σ decreases between element ${i - 1} and element ${i}: the sigmoid increases with z`,
              zh: `σ 在第 ${i - 1} 个和第 ${i} 个元素之间减小了：sigmoid 随 z 增大而增大`,
            };
          }
        }
        const back = flat(call('sigmoid', negate(args[0])));
        for (let i = 0; i < s.length; i++) {
          if (Math.abs(s[i] + back[i] - 1) > 1e-12) {
            return { en: `σ(z) + σ(−z) should be 1, but for element ${i} it is ${s[i] + back[i]}`, zh: `σ(z) + σ(−z) 应当等于 1，但第 ${i} 个元素上它是 ${s[i] + back[i]}` };
          }
        }
        return null;
      },
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(9),
  },
});
