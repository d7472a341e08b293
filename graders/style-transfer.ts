import { compareValues } from '../src/lib/engine/compare';
import { defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

// The worked example: two 2-channel 2×3 activation volumes (C = 2, H·W = 6).
const A1 = [
  [[1, 0, 2], [0, 1, 1]],
  [[2, 1, 0], [1, 0, 1]],
];
const G1 = [
  [[1, 1, 2], [0, 1, 0]],
  [[2, 1, 0], [1, 1, 1]],
];

/** Random C×H×W activations after a ReLU: non-negative, about one in five exactly 0. */
function acts(rng: Rng, c: number, h: number, w: number): number[][][] {
  return Array.from({ length: c }, () => rng.matrix(h, w, -0.5, 2).map((row) => row.map((x) => Math.max(0, x))));
}

/** Activations of any sign (e.g. before the ReLU). */
function signed(rng: Rng, c: number, h: number, w: number): number[][][] {
  return Array.from({ length: c }, () => rng.matrix(h, w, -2, 2));
}

/**
 * C×H×W shapes for random cases. C ≠ 4, H·W ∉ {1, 4} and H·W ≠ C, so that every wrong
 * normalization (a missing 4, C or H·W) gives its own factor; H·W·C ≠ 2 likewise for the content cost.
 */
const SHAPES: [number, number, number][] = [
  [2, 2, 3],
  [3, 1, 5],
  [2, 3, 3],
  [3, 2, 1],
  [5, 2, 3],
  [3, 3, 3],
  [2, 1, 3],
  [3, 2, 4],
];

/** Two random activation volumes of the same random shape. */
function pair(rng: Rng): number[][][][] {
  const [c, h, w] = rng.pick(SHAPES);
  return [acts(rng, c, h, w), acts(rng, c, h, w)];
}

const copy = (A: number[][][]) => A.map((ch) => ch.map((row) => row.slice()));

/** The same pixels in another spatial order: a random permutation of the H·W positions, the same for every channel. */
function shufflePixels(rng: Rng, A: number[][][]): number[][][] {
  const h = A[0].length;
  const w = A[0][0].length;
  const perm = rng.permutation(h * w);
  return A.map((ch) => {
    const flat = ch.flat();
    return Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => flat[perm[i * w + j]]));
  });
}

export default defineGrader({
  checks: [
    // ---- visible examples (the worked example, one per function) ----
    { id: 'gram-example', kind: 'example', name: { en: 'gramMatrix of a 2×2×3 volume (the worked example)', zh: '2×2×3 激活值的 gramMatrix（题中例子）' }, call: 'gramMatrix', args: [A1] },
    { id: 'content-example', kind: 'example', name: { en: 'contentCost of the worked example', zh: '题中例子的 contentCost' }, call: 'contentCost', args: [A1, G1] },
    { id: 'style-example', kind: 'example', name: { en: 'styleLayerCost of the worked example', zh: '题中例子的 styleLayerCost' }, call: 'styleLayerCost', args: [A1, G1] },
    { id: 'total-example', kind: 'example', name: { en: 'totalCost(0.5, 0.25) with the default weights', zh: '默认权重下的 totalCost(0.5, 0.25)' }, call: 'totalCost', args: [0.5, 0.25] },

    // ---- gramMatrix ----
    { id: 'gram-one-channel', kind: 'edge', name: { en: 'gramMatrix with C = 1: a 1×1 matrix, the sum of squares', zh: 'C = 1 的 gramMatrix：1×1 矩阵，即平方和' }, call: 'gramMatrix', args: [[[[1, -2], [3, 0.5]]]] },
    { id: 'gram-one-pixel', kind: 'edge', name: { en: 'gramMatrix with H = W = 1: the outer product of the channel values', zh: 'H = W = 1 的 gramMatrix：通道值的外积' }, call: 'gramMatrix', args: [[[[2]], [[-1]], [[0.5]]]] },
    { id: 'gram-one-by-one', kind: 'edge', name: { en: 'gramMatrix of a 1×1×1 volume', zh: '1×1×1 激活值的 gramMatrix' }, call: 'gramMatrix', args: [[[[3]]]] },
    { id: 'gram-zero', kind: 'edge', name: { en: 'gramMatrix of all-zero activations', zh: '激活值全为零的 gramMatrix' }, call: 'gramMatrix', args: [[[[0, 0, 0]], [[0, 0, 0]]]] },
    { id: 'gram-more-pixels-than-channels', kind: 'hidden', name: { en: 'gramMatrix of a 3×2×4 volume (C×C, not HW×HW)', zh: '3×2×4 激活值的 gramMatrix（C×C，而不是 HW×HW）' }, call: 'gramMatrix', generate: (rng) => [acts(rng, 3, 2, 4)] },
    { id: 'gram-more-channels-than-pixels', kind: 'hidden', name: { en: 'gramMatrix of a 5×1×2 volume', zh: '5×1×2 激活值的 gramMatrix' }, call: 'gramMatrix', generate: (rng) => [signed(rng, 5, 1, 2)] },
    { id: 'gram-signed', kind: 'hidden', name: { en: 'gramMatrix of activations of both signs', zh: '激活值有正有负的 gramMatrix' }, call: 'gramMatrix', generate: (rng) => [signed(rng, 3, 3, 2)] },
    { id: 'gram-random', kind: 'random', name: { en: 'gramMatrix of random activations', zh: '随机激活值的 gramMatrix' }, call: 'gramMatrix', count: 4, generate: (rng) => [pair(rng)[0]] },

    // ---- contentCost ----
    { id: 'content-identical', kind: 'edge', name: { en: 'contentCost of identical activations is 0', zh: '相同激活值的 contentCost 为 0' }, call: 'contentCost', generate: (rng) => { const a = acts(rng, 3, 2, 3); return [a, copy(a)]; } },
    { id: 'content-one-channel', kind: 'edge', name: { en: 'contentCost with C = 1', zh: 'C = 1 的 contentCost' }, call: 'contentCost', generate: (rng) => [acts(rng, 1, 3, 4), acts(rng, 1, 3, 4)] },
    { id: 'content-one-pixel', kind: 'edge', name: { en: 'contentCost with H = W = 1', zh: 'H = W = 1 的 contentCost' }, call: 'contentCost', args: [[[[1]], [[2]], [[0]]], [[[0]], [[2]], [[3]]]] },
    {
      id: 'content-constant-offset',
      kind: 'hidden',
      name: { en: 'contentCost when every activation is off by 0.5: 0.5²/4 whatever the size', zh: '每个激活值都差 0.5 时的 contentCost：无论大小都是 0.5²/4' },
      call: 'contentCost',
      generate: (rng) => {
        const a = acts(rng, 3, 2, 5);
        return [a, a.map((ch) => ch.map((row) => row.map((x) => x + 0.5)))];
      },
    },
    { id: 'content-rectangular', kind: 'hidden', name: { en: 'contentCost of 2×4×1 volumes', zh: '2×4×1 激活值的 contentCost' }, call: 'contentCost', generate: (rng) => [acts(rng, 2, 4, 1), acts(rng, 2, 4, 1)] },
    { id: 'content-random', kind: 'random', name: { en: 'contentCost of random activations', zh: '随机激活值的 contentCost' }, call: 'contentCost', count: 4, generate: pair },

    // ---- styleLayerCost ----
    { id: 'style-identical', kind: 'edge', name: { en: 'styleLayerCost of identical activations is 0', zh: '相同激活值的 styleLayerCost 为 0' }, call: 'styleLayerCost', generate: (rng) => { const a = acts(rng, 3, 2, 3); return [a, copy(a)]; } },
    { id: 'style-one-channel', kind: 'edge', name: { en: 'styleLayerCost with C = 1', zh: 'C = 1 的 styleLayerCost' }, call: 'styleLayerCost', generate: (rng) => [acts(rng, 1, 2, 3), acts(rng, 1, 2, 3)] },
    { id: 'style-one-pixel', kind: 'edge', name: { en: 'styleLayerCost with H = W = 1', zh: 'H = W = 1 的 styleLayerCost' }, call: 'styleLayerCost', args: [[[[1]], [[2]], [[0]]], [[[0]], [[2]], [[3]]]] },
    { id: 'style-one-by-one', kind: 'edge', name: { en: 'styleLayerCost of 1×1×1 volumes', zh: '1×1×1 激活值的 styleLayerCost' }, call: 'styleLayerCost', args: [[[[3]]], [[[1]]]] },
    {
      id: 'style-shuffled-pixels',
      kind: 'hidden',
      name: { en: 'styleLayerCost of an image and a spatial shuffle of it is 0 (style ignores where things are)', zh: '一幅图像与其空间打乱版本的 styleLayerCost 为 0（风格不关心东西在哪里）' },
      call: 'styleLayerCost',
      generate: (rng) => {
        const a = acts(rng, 3, 2, 3);
        return [a, shufflePixels(rng, a)];
      },
    },
    { id: 'style-zero-generated', kind: 'hidden', name: { en: 'styleLayerCost against an all-zero generated image', zh: '与全零生成图像的 styleLayerCost' }, call: 'styleLayerCost', generate: (rng) => [acts(rng, 2, 3, 3), acts(rng, 2, 3, 3).map((ch) => ch.map((row) => row.map(() => 0)))] },
    { id: 'style-many-channels', kind: 'hidden', name: { en: 'styleLayerCost with more channels than pixels (5×1×3)', zh: '通道多于像素（5×1×3）的 styleLayerCost' }, call: 'styleLayerCost', generate: (rng) => [acts(rng, 5, 1, 3), acts(rng, 5, 1, 3)] },
    { id: 'style-random', kind: 'random', name: { en: 'styleLayerCost of random activations', zh: '随机激活值的 styleLayerCost' }, call: 'styleLayerCost', count: 6, generate: pair },
    {
      id: 'style-symmetric',
      kind: 'property',
      name: { en: 'styleLayerCost(aS, aG) equals styleLayerCost(aG, aS)', zh: 'styleLayerCost(aS, aG) 等于 styleLayerCost(aG, aS)' },
      call: 'styleLayerCost',
      generate: (rng) => [acts(rng, 3, 2, 3), acts(rng, 3, 2, 3)],
      property: ({ got, args, call }) => {
        const again = call('styleLayerCost', args[1], args[0]);
        const cmp = compareValues(again, got, { rtol: 1e-9, atol: 1e-12 });
        return cmp.ok ? null : { en: `swapping the style and the generated image changes the cost from ${got} to ${again}`, zh: `交换风格图像与生成图像后，代价从 ${got} 变成了 ${again}` };
      },
    },

    // ---- totalCost ----
    { id: 'total-defaults', kind: 'edge', name: { en: 'totalCost with two arguments (alpha = 10, beta = 40 by default)', zh: '两个参数的 totalCost（默认 alpha = 10、beta = 40）' }, call: 'totalCost', args: [0.125, 2] },
    { id: 'total-alpha-only', kind: 'edge', name: { en: 'totalCost with alpha given and beta left at its default 40', zh: '给出 alpha、beta 取默认值 40 的 totalCost' }, call: 'totalCost', args: [0.5, 0.25, 1] },
    { id: 'total-explicit', kind: 'edge', name: { en: 'totalCost with alpha = 1 and beta = 1000', zh: 'alpha = 1、beta = 1000 的 totalCost' }, call: 'totalCost', args: [3, 0.002, 1, 1000] },
    { id: 'total-zero-beta', kind: 'edge', name: { en: 'totalCost with beta = 0 (content only)', zh: 'beta = 0 的 totalCost（只有内容）' }, call: 'totalCost', args: [0.3, 5, 2, 0] },
    { id: 'total-zero-alpha', kind: 'edge', name: { en: 'totalCost with alpha = 0 (style only)', zh: 'alpha = 0 的 totalCost（只有风格）' }, call: 'totalCost', args: [5, 0.3, 0, 2] },
    { id: 'total-zero-costs', kind: 'edge', name: { en: 'totalCost of two zero costs', zh: '两个代价都为零的 totalCost' }, call: 'totalCost', args: [0, 0] },
    {
      id: 'total-random',
      kind: 'random',
      name: { en: 'totalCost with random costs and weights', zh: '随机代价与权重的 totalCost' },
      call: 'totalCost',
      count: 3,
      generate: (rng) => [rng.uniform(0, 5), rng.uniform(0, 1), rng.uniform(0.5, 20), rng.uniform(1, 100)],
    },
    {
      id: 'pipeline',
      kind: 'hidden',
      name: { en: 'totalCost(contentCost(aC, aG), styleLayerCost(aS, aG)) on one layer', zh: '单层上的 totalCost(contentCost(aC, aG), styleLayerCost(aS, aG))' },
      run: '(m, aC, aS, aG) => m.totalCost(m.contentCost(aC, aG), m.styleLayerCost(aS, aG))',
      generate: (rng) => [acts(rng, 3, 2, 3), acts(rng, 3, 2, 3), acts(rng, 3, 2, 3)],
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'negation 44:19 aC[c][h][w] - aG[c][h][w] → -(aC[c][h][w] - aG[c][h][w])': 'the difference is only used squared',
    'negation 60:14 aS[0].length * aS[0][0].length → -(aS[0].length * aS[0][0].length)': 'HW is only used squared',
    'negation 66:17 GS[i][j] - GG[i][j] → -(GS[i][j] - GG[i][j])': 'the difference is only used squared',
  },
});
