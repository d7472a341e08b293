import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';
import { randomSpdSpectrum } from '../src/lib/engine/kit';
import { num } from '../src/lib/engine/statistics';

type Hp = { lr?: number; beta?: number; beta1?: number; beta2?: number; eps?: number };
type Method = 'gd' | 'momentum' | 'nesterov' | 'adam' | 'newton';
const METHODS: Method[] = ['gd', 'momentum', 'nesterov', 'adam', 'newton'];

// ---- quadratics f(θ) = ½θᵀPθ + qᵀθ --------------------------------------------------------

/** 2-D, diagonal: minimum at [1, −1] (the worked example). */
const P_DIAG = [[2, 0], [0, 1]];
const Q_DIAG = [-2, 1];
/** 2-D, coupled (eigenvalues (5 ± √5)/2): minimum at [0.6, −0.8]. */
const P_2D = [[3, 1], [1, 2]];
const Q_2D = [-1, 1];
/** 2-D, eigenvalues 100 and 1 along the diagonals: condition number 100. */
const P_ILL = [[50.5, 49.5], [49.5, 50.5]];
const Q_ILL = [-1, -2];
/** 3-D, coupled. */
const P_3D = [[4, 1, 0], [1, 3, 1], [0, 1, 2]];
const Q_3D = [1, -2, 3];
/** 3-D, eigenvalues 100, 10 and 1 along the orthogonal directions [1, 2, 2], [2, 1, −2], [2, −2, 1]. */
const P_ILL_3D = [
  [16, 24, 18],
  [24, 46, 42],
  [18, 42, 49],
];
/** 1-D: f = 2θ² − 8θ, minimum at 2. */
const P_1D = [[4]];
const Q_1D = [-8];
/** Integers with P·[1, 1] + q = 0 exactly: starting there, every gradient is exactly 0. */
const P_AT_MIN = [[2, 1], [1, 2]];
const Q_AT_MIN = [-3, -3];

/** A learning rate per method for a quadratic whose largest eigenvalue is about lambdaMax. */
const stableHp = (method: Method, lambdaMax: number): Hp =>
  method === 'newton' ? {} : method === 'adam' ? { lr: 0.1 } : { lr: 1 / lambdaMax };

// ---- independent checks --------------------------------------------------------------------

/** det and solve for n ≤ 3 by Cramer's rule: independent of any elimination code. */
function det(A: number[][]): number {
  if (A.length === 1) return A[0][0];
  if (A.length === 2) return A[0][0] * A[1][1] - A[0][1] * A[1][0];
  return (
    A[0][0] * (A[1][1] * A[2][2] - A[1][2] * A[2][1]) -
    A[0][1] * (A[1][0] * A[2][2] - A[1][2] * A[2][0]) +
    A[0][2] * (A[1][0] * A[2][1] - A[1][1] * A[2][0])
  );
}
function cramer(A: number[][], b: number[]): number[] {
  const d = det(A);
  return b.map((_, j) => det(A.map((row, i) => row.map((x, k) => (k === j ? b[i] : x)))) / d);
}

/** With lr = 1 (the default), Newton's first step lands on the minimum −P⁻¹q. */
function newtonLandsOnMinimum({ got, args }: { got: unknown; args: unknown[] }): GraderText | null {
  const [P, q] = args as [number[][], number[]];
  const path = got as number[][];
  const star = cramer(P, q).map((x) => -x);
  const p1 = path[1];
  const scale = Math.max(1, ...star.map(Math.abs));
  const off = p1.findIndex((x, i) => !(Math.abs(x - star[i]) <= 1e-9 * scale));
  if (off < 0) return null;
  return { en: `with lr = 1 the first Newton step should land on the minimum −P⁻¹q = [${star.map((x) => num(x)).join(', ')}], but path[1] is [${p1.map((x) => num(x)).join(', ')}]`, zh: `lr = 1 时牛顿法的第一步应落在最小值点 −P⁻¹q = [${star.map((x) => num(x)).join(', ')}]，但 path[1] 是 [${p1.map((x) => num(x)).join(', ')}]` };
}

/** Start at the exact minimum: every point of the path must be θ0. */
function staysPut({ got, args }: { got: unknown; args: unknown[] }): GraderText | null {
  const theta0 = args[2] as number[];
  const path = got as number[][];
  // up to rounding: P⁻¹ computed in floating point may move θ by 1e-16
  const k = path.findIndex((p) => p.some((x, i) => !(Math.abs(x - theta0[i]) <= 1e-12)));
  return k < 0 ? null : { en: `the gradient at θ0 is exactly 0, so θ should never move, but path[${k}] is [${path[k].map((x) => num(x)).join(', ')}]`, zh: `θ0 处的梯度恰好为 0，所以 θ 不应移动，但 path[${k}] 是 [${path[k].map((x) => num(x)).join(', ')}]` };
}

// ---- check builders ------------------------------------------------------------------------

const METHOD_NAMES: Record<Method, { en: string; zh: string }> = {
  gd: { en: 'gradient descent', zh: '梯度下降' },
  momentum: { en: 'momentum', zh: '动量法' },
  nesterov: { en: 'Nesterov', zh: 'Nesterov' },
  adam: { en: 'Adam', zh: 'Adam' },
  newton: { en: 'Newton', zh: '牛顿法' },
};

const UNDEFINED_HP =
  { en: 'a hyperparameter missing from hp is undefined and turns the path into NaN: use the defaults (lr = 1 for Newton; beta = 0.9, beta1 = 0.9, beta2 = 0.999, eps = 1e-8), and Adam counts t from 1', zh: 'hp 中缺少的超参数是 undefined，会让路径变成 NaN：请使用默认值（牛顿法 lr = 1；beta = 0.9、beta1 = 0.9、beta2 = 0.999、eps = 1e-8），并且 Adam 的 t 从 1 开始计数' };

const minimize = { call: 'minimizeQuadratic', nonFiniteHint: UNDEFINED_HP } satisfies Partial<CheckDef>;

/** One check per method on the same problem: ids `<id>-<method>`, names `<method>: <name>`. */
function everyMethod(c: { id: string; kind: CheckDef['kind']; name: { en: string; zh: string }; P: number[][]; q: number[]; theta0: number[]; hp: (m: Method) => Hp; iters: number; property?: CheckDef['property'] }): CheckDef[] {
  return METHODS.map((m) => ({
    ...minimize,
    id: `${c.id}-${m}`,
    kind: c.kind,
    name: { en: `${METHOD_NAMES[m].en}: ${c.name.en}`, zh: `${METHOD_NAMES[m].zh}：${c.name.zh}` },
    args: [c.P, c.q, c.theta0, m, c.hp(m), c.iters],
    ...(c.property ? { property: c.property } : {}),
  }));
}

function randomRun(rng: Rng): unknown[] {
  const n = rng.int(1, 3);
  const { P, lambdaMax } = randomSpdSpectrum(rng, n, 0.2, 20);
  const method = rng.pick(METHODS);
  let hp: Hp;
  if (method === 'newton') hp = rng.pick([{}, { lr: rng.uniform(0.2, 1) }]);
  else if (method === 'adam') hp = rng.pick([{ lr: rng.uniform(0.01, 0.3) }, { lr: rng.uniform(0.01, 0.3), beta1: rng.pick([0.5, 0.8]), beta2: rng.pick([0.9, 0.99]) }]);
  else {
    hp = { lr: rng.uniform(0.1, 1.8) / lambdaMax };
    if (method !== 'gd' && rng.random() < 0.5) hp.beta = rng.pick([0, 0.5, 0.8, 0.95]);
  }
  return [P, rng.vector(n, -3, 3), rng.vector(n, -3, 3), method, hp, rng.int(1, 40)];
}

const lambdaIll = 100;
const lambda3 = 4.8; // the largest eigenvalue of P_3D is 3 + √3 ≈ 4.73

export default defineGrader({
  checks: [
    { ...minimize, id: 'gd-worked-example', kind: 'example', name: { en: 'gradient descent on a 2-D bowl, 3 steps (the worked example)', zh: '二维碗上的梯度下降，3 步（题中例子）' }, args: [P_DIAG, Q_DIAG, [0, 0], 'gd', { lr: 0.25 }, 3] },
    { ...minimize, id: 'newton-worked-example', kind: 'example', name: { en: 'Newton with the default lr = 1: one step to the minimum, then it stays', zh: '默认 lr = 1 的牛顿法：一步到达最小值，然后停住' }, args: [P_2D, Q_2D, [2, 2], 'newton', {}, 2], property: newtonLandsOnMinimum },
    { ...minimize, id: 'momentum-2d', kind: 'example', name: { en: 'momentum on a coupled 2-D bowl, 25 steps', zh: '耦合二维碗上的动量法，25 步' }, args: [P_2D, Q_2D, [-2, 2], 'momentum', { lr: 0.3 }, 25] },

    // ---- degenerate lengths ----
    { ...minimize, id: 'iters-zero', kind: 'edge', name: { en: 'iters = 0: the path is [θ0]', zh: 'iters = 0：路径是 [θ0]' }, args: [P_2D, Q_2D, [1.5, -0.5], 'gd', { lr: 0.1 }, 0] },
    { ...minimize, id: 'iters-zero-newton', kind: 'edge', name: { en: 'iters = 0 with Newton and hp = {}: [θ0]', zh: 'iters = 0，牛顿法且 hp = {}：[θ0]' }, args: [P_3D, Q_3D, [1, 2, 3], 'newton', {}, 0] },
    { ...minimize, id: 'iters-one-adam', kind: 'edge', name: { en: 'a single Adam step: θ0 and θ1', zh: 'Adam 走一步：θ0 和 θ1' }, args: [P_2D, Q_2D, [1, 1], 'adam', { lr: 0.5 }, 1] },

    // ---- Newton ----
    { ...minimize, id: 'newton-3d-one-step', kind: 'edge', name: { en: 'Newton on a 3-D bowl: the first step reaches −P⁻¹q', zh: '三维碗上的牛顿法：第一步到达 −P⁻¹q' }, args: [P_3D, Q_3D, [1, 2, 3], 'newton', {}, 3], property: newtonLandsOnMinimum },
    { ...minimize, id: 'newton-ill-conditioned', kind: 'edge', name: { en: 'Newton on an ill-conditioned bowl (condition number 100): still one step', zh: '病态碗（条件数 100）上的牛顿法：仍是一步' }, args: [P_ILL, Q_ILL, [3, -2], 'newton', {}, 2], property: newtonLandsOnMinimum },
    { ...minimize, id: 'newton-ill-conditioned-3d', kind: 'edge', name: { en: 'Newton on a 3-D bowl with condition number 100', zh: '条件数 100 的三维碗上的牛顿法' }, args: [P_ILL_3D, [1, 0, -1], [0.5, 0.5, 0.5], 'newton', {}, 2], property: newtonLandsOnMinimum },
    { ...minimize, id: 'newton-half-step', kind: 'edge', name: { en: 'Newton with lr = 0.5: halfway to the minimum at every step', zh: 'lr = 0.5 的牛顿法：每步走到最小值的一半' }, args: [P_2D, Q_2D, [2, 2], 'newton', { lr: 0.5 }, 5] },
    { ...minimize, id: 'newton-lr-given-1', kind: 'edge', name: { en: 'Newton with lr = 1 given explicitly', zh: '显式给出 lr = 1 的牛顿法' }, args: [P_3D, Q_3D, [-1, 0, 1], 'newton', { lr: 1 }, 2], property: newtonLandsOnMinimum },
    {
      ...minimize,
      id: 'newton-sparse-hessian',
      kind: 'edge',
      name: {
        en: 'Newton on a 3-D bowl whose P has zeros off the diagonal (a solver must not pick a row with a 0 in the pivot column)',
        zh: '在 3 维碗面上用牛顿法，P 的非对角元中有 0（求解时不能选该主元列上为 0 的行）',
      },
      args: [[[1, 2, 0], [2, 5, 0], [0, 0, 1]], [1, -2, 0.5], [0, 0, 0], 'newton', {}, 2],
      property: newtonLandsOnMinimum,
    },
    {
      ...minimize,
      id: 'newton-zero-pivot-after-swap',
      kind: 'edge',
      name: {
        en: 'Newton on a 3-D bowl where, after the first row exchange, the next diagonal entry is exactly 0 (its pivot must come from the row below)',
        zh: '3 维碗面上的牛顿法：第一次行交换之后，下一个对角元恰好为 0（它的主元必须取自下面一行）',
      },
      args: [[[4, 11, 21], [11, 33, 63], [21, 63, 123]], [1, -2, 3], [0, 0, 0], 'newton', {}, 2],
      property: newtonLandsOnMinimum,
    },
    {
      ...minimize,
      id: 'newton-four-dim',
      kind: 'edge',
      name: { en: 'Newton on a coupled 4-D bowl (condition number about 950)', zh: '耦合的 4 维碗面上的牛顿法（条件数约 950）' },
      args: [[[79, -13, 101, 33], [-13, 10, -14, 0], [101, -14, 132, 44], [33, 0, 44, 18]], [4, 3, 2, 1], [0, 0, 0, 0], 'newton', {}, 2],
    },

    // ---- every method on 1-D, 3-D, ill-conditioned problems, and at the minimum ----
    ...everyMethod({ id: 'one-dim', kind: 'edge', name: { en: '1-D, f = 2θ² − 8θ', zh: '一维，f = 2θ² − 8θ' }, P: P_1D, q: Q_1D, theta0: [-1], hp: (m) => stableHp(m, 8), iters: 12 }),
    ...everyMethod({ id: 'three-dim', kind: 'edge', name: { en: 'a coupled 3-D bowl', zh: '耦合的三维碗' }, P: P_3D, q: Q_3D, theta0: [1, 2, 3], hp: (m) => stableHp(m, lambda3), iters: 15 }),
    ...everyMethod({ id: 'ill-conditioned', kind: 'edge', name: { en: 'a 2-D bowl with condition number 100', zh: '条件数 100 的二维碗' }, P: P_ILL, q: Q_ILL, theta0: [3, -2], hp: (m) => stableHp(m, lambdaIll), iters: 40 }),
    ...everyMethod({ id: 'at-minimum', kind: 'edge', name: { en: 'starting exactly at the minimum: nothing moves', zh: '恰好从最小值点出发：什么都不动' }, P: P_AT_MIN, q: Q_AT_MIN, theta0: [1, 1], hp: (m) => stableHp(m, 3), iters: 4, property: staysPut }),

    // ---- hyperparameters ----
    { ...minimize, id: 'momentum-beta-zero', kind: 'edge', name: { en: 'momentum with β = 0 is gradient descent', zh: 'β = 0 的动量法就是梯度下降' }, args: [P_2D, Q_2D, [-2, 2], 'momentum', { lr: 0.3, beta: 0 }, 8] },
    { ...minimize, id: 'momentum-beta-half', kind: 'hidden', name: { en: 'momentum with β = 0.5', zh: 'β = 0.5 的动量法' }, args: [P_3D, Q_3D, [1, 2, 3], 'momentum', { lr: 0.15, beta: 0.5 }, 12] },
    { ...minimize, id: 'nesterov-2d', kind: 'hidden', name: { en: 'Nesterov on a coupled 2-D bowl, 25 steps', zh: '耦合二维碗上的 Nesterov，25 步' }, args: [P_2D, Q_2D, [-2, 2], 'nesterov', { lr: 0.3 }, 25] },
    { ...minimize, id: 'nesterov-beta-095', kind: 'hidden', name: { en: 'Nesterov with β = 0.95 on the ill-conditioned bowl', zh: '病态碗上 β = 0.95 的 Nesterov' }, args: [P_ILL, Q_ILL, [3, -2], 'nesterov', { lr: 0.015, beta: 0.95 }, 30] },
    { ...minimize, id: 'adam-custom', kind: 'edge', name: { en: 'Adam with β₁ = 0.5, β₂ = 0.9, eps = 0.01', zh: 'β₁ = 0.5、β₂ = 0.9、eps = 0.01 的 Adam' }, args: [P_2D, Q_2D, [-2, 2], 'adam', { lr: 0.2, beta1: 0.5, beta2: 0.9, eps: 0.01 }, 15] },
    { ...minimize, id: 'adam-defaults', kind: 'hidden', name: { en: 'Adam with only lr given (β₁ = 0.9, β₂ = 0.999, eps = 1e-8)', zh: '只给出 lr 的 Adam（β₁ = 0.9、β₂ = 0.999、eps = 1e-8）' }, args: [P_3D, Q_3D, [1, 2, 3], 'adam', { lr: 0.05 }, 20] },
    { ...minimize, id: 'gd-diverges', kind: 'edge', name: { en: 'gradient descent with lr above 2/λmax: the path diverges', zh: 'lr 大于 2/λmax 的梯度下降：路径发散' }, args: [P_2D, Q_2D, [1, 0], 'gd', { lr: 0.6 }, 10] },
    { ...minimize, id: 'extra-hp-ignored', kind: 'edge', name: { en: 'gradient descent ignores β, β₁, β₂, eps in hp', zh: '梯度下降忽略 hp 中的 β、β₁、β₂、eps' }, args: [P_DIAG, Q_DIAG, [0, 0], 'gd', { lr: 0.25, beta: 0.5, beta1: 0.1, beta2: 0.2, eps: 1 }, 4] },

    // ---- unknown method ----
    { id: 'unknown-method', kind: 'error', name: { en: "an unknown method 'sgd' throws an Error mentioning the method", zh: '未知方法 \'sgd\' 抛出提到该方法的 Error' }, call: 'minimizeQuadratic', args: [P_2D, Q_2D, [0, 0], 'sgd', { lr: 0.1 }, 3], throws: 'method' },
    { id: 'unknown-method-rmsprop', kind: 'error', name: { en: "an unknown method 'rmsprop' throws", zh: '未知方法 \'rmsprop\' 抛出错误' }, call: 'minimizeQuadratic', args: [P_1D, Q_1D, [0], 'rmsprop', { lr: 0.1 }, 2], throws: 'method' },

    {
      ...minimize,
      id: 'random',
      kind: 'random',
      name: { en: 'random bowls, methods and hyperparameters', zh: '随机的碗、方法与超参数' },
      count: 12,
      generate: randomRun,
    },
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'statement 15:5 [M[col], M[pivot]] = [M[pivot], M[col]]; → (removed)': 'P is symmetric positive definite, so every diagonal pivot is positive: elimination without row exchanges solves the system as well',
    'boundary 12:25 < → <=': 'the extra pass with col = n swaps row n with itself and eliminates nothing',
    'constant 14:24 1 → 0': 'comparing the pivot row with itself changes nothing',
    'relational 14:29 < → >': 'P is symmetric positive definite, so every diagonal pivot is positive: elimination without row exchanges solves the system as well',
    'boundary 14:63 > → >=': 'on a tie the other row has the same non-zero |entry|: an equally good pivot',
    'index 14:57 col → col - 1': 'compares the rounding leftovers (or, at col = 0, undefined) of the column just eliminated with the positive diagonal pivot: no row exchange happens, and P is symmetric positive definite, so elimination without row exchanges solves the system as well',
    'constant 21:31 0 → 1': 'back substitution reads x[c] only for c > r, which are already solved',
    'constant 24:22 1 → 0': 'x[r] is still 0 when row r is substituted, so the extra term is 0',
    'guard 44:3 if (typeof lr !== \'number\') → (removed)': 'outside the contract: lr is always given, except for Newton, where it defaults to 1',
  },
});
