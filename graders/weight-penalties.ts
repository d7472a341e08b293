import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

/** The worked example: two layers, 2×2 and 2×1. */
const TWO_LAYERS = [[[1, -2], [0.5, 0]], [[3], [-1]]];
/** Matrices of different shapes: 1×4, 3×1, 2×3. */
const MIXED_SHAPES = [[[0.5, -1.5, 2, 0.25]], [[-3], [1], [0.75]], [[1, -1, 2], [0, -0.5, 4]]];
/** Every weight negative. */
const ALL_NEGATIVE = [[[-1, -2.5]], [[-0.5], [-3]]];

/** A list of 1–4 matrices of random shapes. */
function weightList(rng: Rng): number[][][] {
  const count = rng.int(1, 4);
  return Array.from({ length: count }, () => rng.normalMatrix(rng.int(1, 6), rng.int(1, 6), rng.uniform(0.1, 3)));
}

/** A 20→16→8→3 network's weight matrices (n_in × n_out, as in the dense layers of the notes). */
function network(rng: Rng): number[][][] {
  const sizes = [20, 16, 8, 3];
  return sizes.slice(1).map((nOut, l) => rng.normalMatrix(sizes[l], nOut, Math.sqrt(2 / sizes[l])));
}

const penalties = ['l1Penalty', 'l2Penalty'] as const;
const short = { l1Penalty: 'l1', l2Penalty: 'l2' } as const;

export default defineGrader({
  checks: [
    { id: 'l1-example', kind: 'example', name: { en: 'l1Penalty of two layers (the worked example)', zh: '两层的 l1Penalty（例题）' }, call: 'l1Penalty', args: [TWO_LAYERS, 0.1] },
    { id: 'l2-example', kind: 'example', name: { en: 'l2Penalty of two layers (the worked example)', zh: '两层的 l2Penalty（例题）' }, call: 'l2Penalty', args: [TWO_LAYERS, 0.1] },
    ...penalties.flatMap((f) => [
      { id: `${short[f]}-empty-list`, kind: 'edge' as const, name: { en: `${f} of an empty list of matrices (0)`, zh: `空矩阵列表的 ${f}（0）` }, call: f, args: [[], 0.5] },
      { id: `${short[f]}-lambda-zero`, kind: 'edge' as const, name: { en: `${f} with lambda 0`, zh: `lambda 为 0 时的 ${f}` }, call: f, args: [MIXED_SHAPES, 0] },
      { id: `${short[f]}-mixed-shapes`, kind: 'edge' as const, name: { en: `${f} of three matrices of different shapes (1×4, 3×1, 2×3)`, zh: `三个形状不同的矩阵（1×4、3×1、2×3）的 ${f}` }, call: f, args: [MIXED_SHAPES, 0.01] },
      { id: `${short[f]}-all-negative`, kind: 'edge' as const, name: { en: `${f} of weights that are all negative`, zh: `权重全为负时的 ${f}` }, call: f, args: [ALL_NEGATIVE, 2] },
      { id: `${short[f]}-single-matrix`, kind: 'edge' as const, name: { en: `${f} of a single 3×2 matrix`, zh: `单个 3×2 矩阵的 ${f}` }, call: f, args: [[[[0.2, -0.4], [1.2, 0], [-2, 0.6]]], 0.3] },
      { id: `${short[f]}-one-by-one`, kind: 'edge' as const, name: { en: `${f} of a 1×1 matrix and a 1×2 matrix`, zh: `一个 1×1 矩阵和一个 1×2 矩阵的 ${f}` }, call: f, args: [[[[-4]], [[0.5, -2]]], 1.5] },
      { id: `${short[f]}-zero-layer`, kind: 'edge' as const, name: { en: `${f} with one layer of zeros`, zh: `有一层全为零时的 ${f}` }, call: f, args: [[[[0, 0], [0, 0]], [[1.5, -2.5]]], 0.2] },
      { id: `${short[f]}-network`, kind: 'hidden' as const, name: { en: `${f} of a 20→16→8→3 network`, zh: `20→16→8→3 网络的 ${f}` }, call: f, generate: (rng: Rng) => [network(rng), 1e-3] },
      {
        id: `${short[f]}-random`,
        kind: 'random' as const,
        name: { en: `${f} of random lists of matrices`, zh: `随机矩阵列表的 ${f}` },
        call: f,
        count: 5,
        generate: (rng: Rng) => [weightList(rng), rng.round(rng.uniform(0.001, 2), 3)],
      },
    ]),
  ],
});
