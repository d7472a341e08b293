import { compareValues, describeShape, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader, type GraderText, type HostFn } from '../src/lib/engine/grader';
import { times } from '../src/lib/engine/kit';
import { Rng } from '../src/lib/engine/random';
import { GAUSSIAN_SOURCE, meanBand, num, listRandn, randnArg } from '../src/lib/engine/statistics';

// Deep networks need thousands of draws: the driver builds the seeded randn inside the
// sandbox (a function argument would cross the sandbox boundary on every call) and counts the
// calls. Which classic wrong way a learner built the network (weights drawn column by column,
// norms taken before the ReLU, squared norms, one matrix reused) is recognised from the known
// mistakes in reference/init-depth-experiment/mistakes.ts, each with its bilingual hint.
// Two statistical checks look at a single wide layer, whose squared norm has a known mean and
// variance whatever order the weights are drawn in.

type Scheme = 'zeros' | 'small' | 'xavier' | 'he' | 'glorot';

const draws = (X: number[][], depth: number, width: number, scheme: Scheme) =>
  scheme === 'zeros' ? 0 : X[0].length * width + (depth - 1) * width * width;

const TOL: Tolerance = { rtol: 1e-6, atol: 0 }; // relative only: deep 'small' networks have norms near 1e-70

/**
 * What is wrong with the learner's norms, in words; null when right. Which known mistake it is
 * (column-major draws, norms before the ReLU, squared norms, one matrix reused…) is recognised
 * from reference/init-depth-experiment/mistakes.ts.
 */
function explain(norms: unknown, randnCalls: number, expected: number[], X: number[][], depth: number, width: number, scheme: Scheme): GraderText | null {
  if (!Array.isArray(norms) || !norms.every((v) => typeof v === 'number')) return { en: `expected a list of ${depth} numbers, got ${describeShape(norms)}`, zh: `应为 ${depth} 个数的列表，实际得到 ${describeShape(norms)}` };
  if (norms.length !== depth) return { en: `expected ${depth} norm${depth === 1 ? '' : 's'} (one per layer, each layer's output after its ReLU), got ${norms.length}`, zh: `应有 ${depth} 个范数（每层一个，即每层经过 ReLU 后的输出），实际得到 ${norms.length} 个` };
  const need = draws(X, depth, width, scheme);
  if (randnCalls !== need) {
    if (need === 0) return { en: `'zeros' draws nothing, but randn() was called ${times(randnCalls).en}`, zh: `'zeros' 不抽样，但 randn() 被调用了 ${times(randnCalls).zh}` };
    return { en: `randn() was called ${times(randnCalls).en}, but this network has ${need} weights: every layer draws its own nIn×width matrix (${X[0].length}×${width} for the first layer, ${width}×${width} after it), one randn() per weight`, zh: `randn() 被调用了 ${times(randnCalls).zh}，但这个网络有 ${need} 个权重：每层都要抽取自己的 nIn×width 矩阵（第一层 ${X[0].length}×${width}，之后 ${width}×${width}），每个权重调用一次 randn()` };
  }
  const cmp = compareValues(norms, expected, TOL);
  return cmp.ok ? null : (cmp.text ?? { en: 'the norms differ', zh: '范数不同' });
}

/** The experiment through the driver: seeded randn inside the sandbox, calls counted. */
const DRIVER = `(m, X, depth, width, scheme, seed) => {
  const draw = (${GAUSSIAN_SOURCE})(seed);
  let calls = 0;
  const norms = m.activationNormsByDepth(X, depth, width, scheme, () => { calls++; return draw(); });
  return { norms, randnCalls: calls };
}`;

interface DriverResult {
  norms: unknown;
  randnCalls: number;
}

function judgeDriver(got: unknown, expected: unknown, args: unknown[]): GraderText | null {
  const [X, depth, width, scheme] = args as [number[][], number, number, Scheme, number];
  const g = got as DriverResult;
  return explain(g?.norms, g?.randnCalls, (expected as DriverResult).norms as number[], X, depth, width, scheme);
}

/** A network: the input, its depth and width, and the scheme every layer is initialized with. */
interface Network {
  id: string;
  kind: CheckDef['kind'];
  name: GraderText;
  X: number[][];
  depth: number;
  width: number;
  scheme: Scheme;
}

/** What the driver's checks share (the experiments and the random networks). */
const driven = {
  run: DRIVER,
  tolerance: TOL,
  compare: () => null, // judged in the property, which sees the arguments
  property: ({ got, expected, args }) => judgeDriver(got, expected, args),
} satisfies Partial<CheckDef>;

function experiment({ X, depth, width, scheme, seed, ...check }: Network & { seed: number }): CheckDef {
  return { ...driven, ...check, args: [X, depth, width, scheme, seed] };
}

/** A direct call with randn as a recorded function argument (small networks only). */
function direct({ X, depth, width, scheme, randn, ...check }: Network & { randn: HostFn }): CheckDef {
  return {
    ...check,
    call: 'activationNormsByDepth',
    args: [X, depth, width, scheme, randn],
    tolerance: TOL,
    compare: () => null,
    property: ({ got, expected, calls }) =>
      explain(got, calls.randn?.length ?? 0, expected as number[], X, depth, width, scheme),
  };
}

/**
 * One layer of `width` units fed by two examples of one input, x and −x (X = [[x], [−x]]):
 * unit j's outputs are relu(x·w_j) and relu(−x·w_j) with w_j ~ N(0, v), exactly one of them
 * nonzero, so ‖A‖² = x²·Σ_j w_j² and S = ‖A‖² / (width·x²·v) is the mean of `width` independent
 * g², g ~ N(0, 1): mean 1, variance 2 (width·S is χ² with width degrees of freedom), whatever
 * order the weights are drawn in. Its band is 1 ± 6·√(2/width). Width 800: the nearest known
 * wrong variances, Xavier's 1 for He's 2 (S = 1/2) and He's for Xavier's (S = 2), must land
 * outside the band even at ±6 of their own standard errors: 1/2·(1 + 6·√(2/n)) ≤ 1 − 6·√(2/n)
 * and 2·(1 − 6·√(2/n)) ≥ 1 + 6·√(2/n) both need 18·√(2/n) ≤ 1, n ≥ 648; norms before the ReLU
 * give S = 2, squared norms S ≈ width·x²·v. (One example, X = [[x]], saw only half of the
 * weights, terms of variance 5: the same separation needed 1620 units.) The skewness √(8/800) =
 * 0.1 moves the 6-standard-error tail to about 5.4 (Cornish–Fisher): a correct solution falls
 * outside with probability below 1e-7.
 */
function wideLayer({ id, scheme, x, width, seed }: { id: string; scheme: 'he' | 'xavier'; x: number; width: number; seed: number }): CheckDef {
  const v = scheme === 'he' ? 2 : 1; // nIn = 1
  const band = meanBand(width, 1, 2);
  const X = [[x], [-x]];
  return {
    id,
    kind: 'property',
    name: { en: `statistics of one ${scheme === 'he' ? 'He' : 'Xavier'} layer of ${width} units: the squared norm of its output matches its expected value within 6 standard errors`, zh: `一个有 ${width} 个单元的 ${scheme === 'he' ? 'He' : 'Xavier'} 层的统计量：其输出的范数平方与期望值相差在 6 个标准误以内` },
    run: DRIVER,
    args: [X, 1, width, scheme, seed],
    expect: 'none',
    property: ({ got }) => {
      const g = got as DriverResult;
      if (!Array.isArray(g?.norms) || g.norms.length !== 1 || typeof g.norms[0] !== 'number') return { en: `expected a list of 1 number, got ${describeShape(g?.norms)}`, zh: `应为只含 1 个数的列表，实际得到 ${describeShape(g?.norms)}` };
      if (g.randnCalls !== width) return { en: `randn() was called ${times(g.randnCalls).en}, but a 1×${width} weight matrix has ${width} weights`, zh: `randn() 被调用了 ${times(g.randnCalls).zh}，但 1×${width} 权重矩阵有 ${width} 个权重` };
      const n = g.norms[0] as number;
      const S = (n * n) / (width * x * x * v);
      if (S >= band.lo && S <= band.hi) return null;
      const rows = `[[${x}], [${-x}]]`;
      return { en: `with X = ${rows} and N(0, ${v}) weights (${scheme}, nIn = 1), each unit is active for exactly one of the two examples, so E‖relu(X·W)‖² = width·x²·v = ${num(width * x * x * v)}, but yours is ${num(n * n)}: ${num(S)}× the expected value, outside [${num(band.lo)}, ${num(band.hi)}] (±6 standard errors) — check the variance of ${scheme === 'he' ? 'He (2/nIn)' : 'Xavier (1/nIn)'} and that the norm is √(Σ a²) of the output after the ReLU`, zh: `X = ${rows}、权重服从 N(0, ${v})（${scheme}，nIn = 1）时，每个单元恰好对两个样本之一激活，所以 E‖relu(X·W)‖² = width·x²·v = ${num(width * x * x * v)}，但你的是 ${num(n * n)}：期望值的 ${num(S)} 倍，落在 [${num(band.lo)}, ${num(band.hi)}]（±6 个标准误）之外 —— 请检查 ${scheme === 'he' ? 'He（2/nIn）' : 'Xavier（1/nIn）'} 的方差，以及范数是否为 ReLU 之后输出的 √(Σ a²)` };
    },
  };
}

// Fixed inputs, drawn once from a fixed seed (not from the submission's seed).
const data = new Rng(20240501);
const X_EXPERIMENT = data.normalMatrix(8, 10);
const X_SMALL = data.normalMatrix(5, 12);
const X_NARROW = data.normalMatrix(3, 4).map((r) => r.map((v) => data.round(v, 2)));
// The notes' experiment on a batch of 2 (the first 2 of the 8 rows drawn above, so the other
// inputs stay the same) and 20 layers: every layer is the same computation, the batch size does
// not change what the norms prove, and in QuickJS the reference spends about 0.7 ms per layer of
// width 20 (400 draws, at ≈ 1.3 µs each, and the product): the notes' 50 layers on 8 examples
// took 70–90 ms per scheme, more than a whole submission may take.
const X_BATCH = X_EXPERIMENT.slice(0, 2);

function randomCase(rng: Rng): unknown[] {
  const m = rng.int(1, 6);
  const d = rng.int(1, 6);
  return [rng.normalMatrix(m, d), rng.int(1, 8), rng.int(1, 8), rng.pick(['small', 'xavier', 'he', 'glorot', 'he', 'xavier'] as const), rng.int(1, 1_000_000)];
}

export default defineGrader({
  checks: [
    // Xavier and 'small' show their trend in fewer, narrower layers (Xavier's norm halves every 2
    // layers whatever the width: 2⁻⁸ over 16; 'small' loses a factor ≈ 45 per layer of width 10).
    experiment({ id: 'experiment-he', kind: 'example', name: { en: 'the experiment of the notes: 20 ReLU layers of width 20, He initialization (2 examples)', zh: '笔记中的实验：20 个宽度为 20 的 ReLU 层，He 初始化（2 个样本）' }, X: X_BATCH, depth: 20, width: 20, scheme: 'he', seed: 7 }),
    direct({ id: 'by-hand', kind: 'example', name: { en: "X = [[1, 2]], 2 layers of width 2, 'he', randn() returning 1, −1, 0.5, 1, 0.5, −1, −0.5, 0.25 (the worked example)", zh: 'X = [[1, 2]]，2 个宽度为 2 的层，\'he\'，randn() 依次返回 1, −1, 0.5, 1, 0.5, −1, −0.5, 0.25（题中例子）' }, X: [[1, 2]], depth: 2, width: 2, scheme: 'he', randn: listRandn([1, -1, 0.5, 1, 0.5, -1, -0.5, 0.25], 'weight') }),
    experiment({ id: 'experiment-xavier', kind: 'example', name: { en: '16 layers of width 10 with Xavier: the norms shrink by about √2 per layer', zh: '16 个宽度为 10 的层用 Xavier：范数每层约缩小 √2 倍' }, X: X_BATCH, depth: 16, width: 10, scheme: 'xavier', seed: 8 }),
    experiment({ id: 'experiment-small', kind: 'example', name: { en: "8 layers of width 10 with 'small' weights: the activations vanish", zh: '8 个宽度为 10 的层用 \'small\' 权重：激活值消失' }, X: X_BATCH, depth: 8, width: 10, scheme: 'small', seed: 9 }),
    experiment({ id: 'glorot-wide-input', kind: 'hidden', name: { en: "Glorot, 12 input features into layers of width 6 (nIn ≠ width)", zh: 'Glorot，12 个输入特征进入宽度为 6 的层（nIn ≠ width）' }, X: X_SMALL, depth: 4, width: 6, scheme: 'glorot', seed: 10 }),
    experiment({ id: 'he-narrow', kind: 'hidden', name: { en: 'He, 6 layers of width 3', zh: 'He，6 个宽度为 3 的层' }, X: X_NARROW, depth: 6, width: 3, scheme: 'he', seed: 11 }),
    direct({ id: 'seeded-call', kind: 'hidden', name: { en: 'Xavier, 3 layers of width 4, seeded randn() as a function argument', zh: 'Xavier，3 个宽度为 4 的层，带种子的 randn() 作为函数参数' }, X: X_NARROW, depth: 3, width: 4, scheme: 'xavier', randn: randnArg(12) }),
    experiment({ id: 'depth-one', kind: 'edge', name: { en: 'depth 1: a single layer', zh: '深度 1：只有一层' }, X: X_SMALL, depth: 1, width: 7, scheme: 'he', seed: 13 }),
    experiment({ id: 'zeros', kind: 'edge', name: { en: "'zeros': every norm is 0 and randn() is never called", zh: '\'zeros\'：每个范数都是 0，且从不调用 randn()' }, X: X_SMALL, depth: 5, width: 4, scheme: 'zeros', seed: 14 }),
    experiment({ id: 'one-example', kind: 'edge', name: { en: 'a single example (X is 1×10)', zh: '只有一个样本（X 是 1×10）' }, X: [X_EXPERIMENT[0]], depth: 6, width: 10, scheme: 'he', seed: 15 }),
    experiment({ id: 'width-one', kind: 'edge', name: { en: 'layers of a single unit (a dead ReLU stays dead: norms become 0)', zh: '只有一个单元的层（死掉的 ReLU 不会复活：范数变为 0）' }, X: X_SMALL, depth: 6, width: 1, scheme: 'he', seed: 16 }),
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random inputs, depths, widths and schemes', zh: '随机的输入、深度、宽度与方案' },
      ...driven,
      count: 8,
      generate: randomCase,
    },
    wideLayer({ id: 'wide-layer-he', scheme: 'he', x: 1.5, width: 800, seed: 17 }),
    wideLayer({ id: 'wide-layer-xavier', scheme: 'xavier', x: -0.8, width: 800, seed: 18 }),
  ],
});
