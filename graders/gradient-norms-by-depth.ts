import { type CheckDef, defineGrader, type GraderText, type HostFn } from '../src/lib/engine/grader';
import { text, times } from '../src/lib/engine/kit';
import { Rng } from '../src/lib/engine/random';
import { GAUSSIAN_SOURCE, meanBand, num, listRandn, randnArg } from '../src/lib/engine/statistics';

// The backward half of init-depth-experiment. Deep networks need thousands of draws, so a driver
// builds the seeded randn inside the sandbox and counts the calls (as init-depth-experiment does).
// Cases: the notes' three schemes over 6–20 layers (plotted), the worked example with a listed
// randn, nIn ≠ width, depth 1, 'zeros' (every Z is 0: relu′(0) = 0 makes every gradient 0),
// layers of one unit (dead examples with Z = 0 exactly), one example, random networks, a law
// (the network is positively homogeneous: scaling X by c scales the weight gradients by c and
// leaves the input gradients alone), and an unknown scheme. Which known mistake a learner made is
// recognised from reference/gradient-norms-by-depth/mistakes.ts.

type Scheme = 'zeros' | 'small' | 'xavier' | 'he' | 'glorot';

const TOL = { rtol: 1e-6, atol: 0 }; // relative only: 'small' networks have gradient norms near 1e-40

const DRIVER = `(m, X, depth, width, scheme, seed) => {
  const draw = (${GAUSSIAN_SOURCE})(seed);
  let calls = 0;
  const r = m.gradientNormsByDepth(X, depth, width, scheme, () => { calls++; return draw(); });
  return { weightGradNorms: r ? r.weightGradNorms : r, inputGradNorms: r ? r.inputGradNorms : r, randnCalls: calls };
}`;

/** The same network (same seed) on X and on c·X. */
const SCALED = `(m, X, depth, width, scheme, seed, c) => {
  const run = (input) => m.gradientNormsByDepth(input, depth, width, scheme, (${GAUSSIAN_SOURCE})(seed));
  return { base: run(X), scaled: run(X.map((row) => row.map((v) => c * v))) };
}`;

const draws = (X: number[][], depth: number, width: number, scheme: Scheme) => (scheme === 'zeros' ? 0 : X[0].length * width + (depth - 1) * width * width);

/** randn() must be called once per weight: says so in words when the count is off. */
function drawCount({ got, args }: { got: unknown; args: unknown[] }): GraderText | null {
  const [X, depth, width, scheme] = args as [number[][], number, number, Scheme];
  const calls = (got as { randnCalls?: number })?.randnCalls;
  const need = draws(X, depth, width, scheme);
  if (calls === need) return null;
  return text(
    `randn() was called ${times(calls ?? 0).en}, but this network has ${need} weights: every layer draws its own matrix with initWeights (${X[0].length}×${width} for the first layer, ${width}×${width} after it), one randn() per weight, none for 'zeros'`,
    `randn() 被调用了 ${times(calls ?? 0).zh}，但这个网络有 ${need} 个权重：每层用 initWeights 抽取自己的矩阵（第一层 ${X[0].length}×${width}，之后 ${width}×${width}），每个权重一次 randn()，'zeros' 不调用`,
  );
}

/** What the driver's checks share (the experiments and the random networks): values and the count of draws. */
const driven = { run: DRIVER, tolerance: TOL, property: drawCount } satisfies Partial<CheckDef>;

/** A network through the driver: the input, its depth and width, the scheme and the seed of randn. */
function experiment({ X, depth, width, scheme, seed, ...check }: { id: string; kind: CheckDef['kind']; name: GraderText; X: number[][]; depth: number; width: number; scheme: Scheme; seed: number }): CheckDef {
  return { ...driven, ...check, args: [X, depth, width, scheme, seed] };
}

/** A direct call with randn as a recorded function argument, its calls compared with the reference's. */
const direct = { call: 'gradientNormsByDepth', calls: 'same' } satisfies Partial<CheckDef>;

type Norms = { weightGradNorms?: unknown; inputGradNorms?: unknown };
const nums = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

function homogeneous({ got, args }: { got: unknown; args: unknown[] }): GraderText | null {
  const c = args[5] as number;
  const g = got as { base?: Norms; scaled?: Norms };
  const bw = g?.base?.weightGradNorms;
  const sw = g?.scaled?.weightGradNorms;
  const bi = g?.base?.inputGradNorms;
  const si = g?.scaled?.inputGradNorms;
  if (!nums(bw) || !nums(sw) || !nums(bi) || !nums(si) || bw.length !== sw.length || bi.length !== si.length) return null; // the value comparison reports the shape
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.abs(b);
  const w = bw.findIndex((v, l) => !close(sw[l], c * v));
  if (w >= 0) {
    return text(
      `a ReLU network without biases is positively homogeneous: with X scaled by ${c}, ‖∂ℓ/∂W^[${w + 1}]‖ should be ${c}× as large (${c * bw[w]}), but it is ${sw[w]}`,
      `没有偏置的 ReLU 网络是正齐次的：X 乘以 ${c} 后，‖∂ℓ/∂W^[${w + 1}]‖ 应变为 ${c} 倍（${c * bw[w]}），但实际为 ${sw[w]}`,
    );
  }
  const i = bi.findIndex((v, l) => !close(si[l], v));
  if (i >= 0) {
    return text(
      `with X scaled by ${c} the input gradients should not change (the ReLU masks stay the same), but ‖∂ℓ/∂A^[${i}]‖ went from ${bi[i]} to ${si[i]}`,
      `X 乘以 ${c} 后输入梯度不应改变（ReLU 掩码不变），但 ‖∂ℓ/∂A^[${i}]‖ 从 ${bi[i]} 变成了 ${si[i]}`,
    );
  }
  return null;
}

/**
 * One layer of `width` units fed by two examples of a single input, x > 0 and −y < 0
 * (X = [[x], [−y]], nIn = 1): the mask keeps the units with w_j > 0 for the first example and
 * those with w_j < 0 for the second, so the rows of ∂ℓ/∂X are P = Σ_j max(w_j, 0) and
 * −N = Σ_j min(w_j, 0) whatever x and y are, and every weight counts once. With σ = √v,
 * T = ‖∂ℓ/∂X‖/(σ·width) = √(p² + q²), p and q the means of max(g_j, 0) and max(−g_j, 0),
 * g ~ N(0, 1): each has mean μ = 1/√(2π), variance s² = 1/2 − 1/(2π), and their covariance is
 * −μ² (one of the two is always 0). By the delta method T has mean √2·μ = 1/√π (plus a bias
 * 0.44/width, under a twentieth of a standard error here) and variance (s² − μ²)/width =
 * (1/2 − 1/π)/width. Its band is ±6 standard errors.
 *
 * Width 700: the known mistakes of this exercise (no ReLU mask: T ≈ 0) are far outside at any
 * width ≥ 100; the width is set by the wrong variances a pasted initWeights can carry, Xavier's
 * σ = 1 for He's √2 (T × 1/√2) and He's for Xavier's (T × √2). Each must land outside the band
 * even at ±6 of its own standard errors: 6·0.426·(1 + 1/√2)/√n ≤ 0.564·(1 − 1/√2) needs
 * n ≥ 698. (One example, X = [[x]], saw only the positive weights: relative error 1.46/√n
 * against 0.76/√n here, so the same separation needed 2620 units, at 4 µs each through the
 * reference's backward pass in QuickJS.) Over 20,000 seeds at width 700 the standardized T has
 * mean 0.04, standard deviation 1.00 and skewness 0.03, and neither wrong variance ever fell
 * inside the band: a correct solution falls outside with probability below 1e-7.
 */
function wideLayer({ id, scheme, x, y, width, seed }: { id: string; scheme: 'he' | 'xavier'; x: number; y: number; width: number; seed: number }): CheckDef {
  const sigma = Math.sqrt(scheme === 'he' ? 2 : 1);
  const band = meanBand(width, 1 / Math.sqrt(Math.PI), 0.5 - 1 / Math.PI);
  const label = scheme === 'he' ? 'He' : 'Xavier';
  const X = [[x], [-y]];
  return {
    id,
    kind: 'property',
    name: text(
      `statistics of one ${label} layer of ${width} units: the gradient with respect to X matches its expected size within 6 standard errors`,
      `一个 ${width} 个单元的 ${label} 层的统计量：关于 X 的梯度大小与其期望值相差在 6 个标准误以内`,
    ),
    run: DRIVER,
    args: [X, 1, width, scheme, seed],
    expect: 'none',
    property: ({ got }) => {
      const g = got as { inputGradNorms?: unknown; randnCalls?: number };
      if (!nums(g?.inputGradNorms) || g.inputGradNorms.length !== 1) {
        return text('expected inputGradNorms to be a list of 1 number for a network of 1 layer', '对于 1 层的网络，inputGradNorms 应为含 1 个数的列表');
      }
      if (g.randnCalls !== width) return text(`randn() was called ${times(g.randnCalls ?? 0).en}, but a 1×${width} weight matrix has ${width} weights`, `randn() 被调用了 ${times(g.randnCalls ?? 0).zh}，但 1×${width} 的权重矩阵有 ${width} 个权重`);
      const T = g.inputGradNorms[0] / (sigma * width);
      if (T >= band.lo && T <= band.hi) return null;
      const want = num(band.center * sigma * width);
      return text(
        `with X = [[${x}], [${-y}]] and ${label} weights (σ = ${num(sigma)}, nIn = 1), the rows of ∂ℓ/∂X are Σ_j max(w_j, 0) and Σ_j min(w_j, 0), so ‖∂ℓ/∂X‖ should be about width·σ/√π = ${want}, but yours is ${num(g.inputGradNorms[0])}, outside ±6 standard errors — check the variance of ${scheme === 'he' ? 'He (2/nIn)' : 'Xavier (1/nIn)'} and the ReLU mask`,
        `X = [[${x}], [${-y}]]、${label} 权重（σ = ${num(sigma)}，nIn = 1）时，∂ℓ/∂X 的两行是 Σ_j max(w_j, 0) 和 Σ_j min(w_j, 0)，所以 ‖∂ℓ/∂X‖ 应约为 width·σ/√π = ${want}，但你的是 ${num(g.inputGradNorms[0])}，超出了 ±6 个标准误——请检查 ${scheme === 'he' ? 'He（2/nIn）' : 'Xavier（1/nIn）'} 的方差和 ReLU 掩码`,
      );
    },
  };
}

// Fixed inputs, drawn once from a fixed seed (not from the submission's seed).
const data = new Rng(20261207);
const X_EXPERIMENT = data.normalMatrix(8, 10);
const X_SMALL = data.normalMatrix(5, 12);
const X_NARROW = data.normalMatrix(3, 4).map((r) => r.map((v) => data.round(v, 2)));
// The plotted experiment on a batch of 2 (the first 2 of the 8 rows drawn above, so the other
// inputs stay the same) and layers of width 10: one backward layer of width 20 costs the
// reference about 1 ms in QuickJS (forward, two products, two transposes and 400 draws), so the
// notes' 50 layers of width 20 on 8 examples (≈ 0.1 s for He alone) cannot fit a 50 ms
// submission; a layer of width 10 costs a quarter of that. Every layer is the same computation,
// which the smaller networks below and the random networks check too; He stays within a factor
// of 7 over 20 layers, Xavier and 'small' show their trend in 10 and 6.
const X_BATCH = X_EXPERIMENT.slice(0, 2);

export default defineGrader({
  checks: [
    experiment({ id: 'experiment-he', kind: 'example', name: text('the experiment of the notes, backwards: 20 ReLU layers of width 10, He initialization (2 examples)', '笔记中的实验，反向：20 个宽度为 10 的 ReLU 层，He 初始化（2 个样本）'), X: X_BATCH, depth: 20, width: 10, scheme: 'he', seed: 7 }),
    {
      id: 'by-hand',
      kind: 'example',
      name: text("the worked example: X = [[1, 2]], 2 layers of width 2, 'he', randn() returning 1, −1, 0.5, 1, 0.5, −1, −0.5, 0.25", "例子：X = [[1, 2]]，2 层、宽度 2，'he'，randn() 依次返回 1, −1, 0.5, 1, 0.5, −1, −0.5, 0.25"),
      ...direct,
      args: [[[1, 2]], 2, 2, 'he', listRandn([1, -1, 0.5, 1, 0.5, -1, -0.5, 0.25], 'weight')],
    },
    experiment({ id: 'experiment-xavier', kind: 'example', name: text('10 layers of width 10 with Xavier: the gradients shrink towards the first layers', '10 层、宽度 10，Xavier：梯度越靠近前面的层越小'), X: X_BATCH, depth: 10, width: 10, scheme: 'xavier', seed: 8 }),
    experiment({ id: 'experiment-small', kind: 'example', name: text("6 layers of width 10 with 'small' weights: the gradients vanish", "6 层、宽度 10，'small' 权重：梯度消失"), X: X_BATCH, depth: 6, width: 10, scheme: 'small', seed: 9 }),
    experiment({ id: 'glorot-wide-input', kind: 'hidden', name: text('Glorot, 12 input features into layers of width 6 (nIn ≠ width)', 'Glorot，12 个输入特征进入宽度为 6 的层（nIn ≠ width）'), X: X_SMALL, depth: 4, width: 6, scheme: 'glorot', seed: 10 }),
    experiment({ id: 'he-narrow', kind: 'hidden', name: text('He, 6 layers of width 3', 'He，6 层、宽度 3'), X: X_NARROW, depth: 6, width: 3, scheme: 'he', seed: 11 }),
    {
      id: 'seeded-call',
      kind: 'hidden',
      name: text('Xavier, 3 layers of width 5, seeded randn() as a function argument', 'Xavier，3 层、宽度 5，带种子的 randn() 作为函数参数'),
      ...direct,
      args: [X_NARROW, 3, 5, 'xavier', randnArg(12)],
      tolerance: TOL,
    },
    experiment({ id: 'depth-one', kind: 'edge', name: text('depth 1: a single layer', 'depth 为 1：只有一层'), X: X_SMALL, depth: 1, width: 7, scheme: 'he', seed: 13 }),
    experiment({ id: 'zeros', kind: 'edge', name: text("'zeros': every Z is 0, relu′(0) = 0, so every gradient is 0 and randn() is never called", "'zeros'：每个 Z 都是 0，relu′(0) = 0，所以每个梯度都是 0，且从不调用 randn()"), X: X_SMALL, depth: 5, width: 4, scheme: 'zeros', seed: 14 }),
    experiment({ id: 'zeros-one-layer', kind: 'edge', name: text("'zeros' with a single layer: Z = 0 for every example, so even ∂ℓ/∂W^[1] = Xᵀ·dZ is 0", "单层的 'zeros'：每个样本的 Z = 0，所以连 ∂ℓ/∂W^[1] = Xᵀ·dZ 也是 0"), X: X_SMALL, depth: 1, width: 3, scheme: 'zeros', seed: 19 }),
    experiment({ id: 'one-example', kind: 'edge', name: text('a single example (X is 1×10)', '单个样本（X 为 1×10）'), X: [X_EXPERIMENT[0]], depth: 6, width: 10, scheme: 'he', seed: 15 }),
    experiment({ id: 'width-one', kind: 'edge', name: text('layers of a single unit: dead examples have Z = 0 exactly', '单个单元的层：死掉的样本恰有 Z = 0'), X: X_SMALL, depth: 6, width: 1, scheme: 'he', seed: 16 }),
    experiment({ id: 'width-one-xavier', kind: 'edge', name: text('layers of a single unit with Xavier, 3 examples', '单个单元的层，Xavier，3 个样本'), X: X_NARROW, depth: 5, width: 1, scheme: 'xavier', seed: 21 }),
    {
      id: 'unknown-scheme',
      kind: 'error',
      name: text("an unknown scheme 'kaiming'", "未知的初始化方案 'kaiming'"),
      call: 'gradientNormsByDepth',
      args: [X_NARROW, 2, 3, 'kaiming', randnArg(17)],
      throws: 'scheme',
    },
    {
      id: 'homogeneous',
      kind: 'property',
      name: text('scaling X by 2.5 scales every weight gradient by 2.5 and leaves the input gradients unchanged', 'X 乘以 2.5 时每个权重梯度乘以 2.5，输入梯度不变'),
      run: SCALED,
      args: [X_SMALL, 5, 6, 'he', 18, 2.5],
      tolerance: TOL,
      property: homogeneous,
    },
    wideLayer({ id: 'wide-layer-he', scheme: 'he', x: 1.5, y: 0.9, width: 700, seed: 22 }),
    wideLayer({ id: 'wide-layer-xavier', scheme: 'xavier', x: 0.8, y: 1.2, width: 700, seed: 23 }),
    {
      id: 'random',
      kind: 'random',
      name: text('random inputs, depths, widths and schemes', '随机的输入、深度、宽度和初始化方案'),
      ...driven,
      count: 8,
      generate: (rng) => [rng.normalMatrix(rng.int(1, 6), rng.int(1, 6)), rng.int(1, 8), rng.int(1, 8), rng.pick(['small', 'xavier', 'he', 'glorot', 'he', 'xavier'] as const), rng.int(1, 1_000_000)],
    },
  ],
});
