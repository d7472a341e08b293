import { compareValues, fmt, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

type State = { m: number[]; v: number[]; t: number };

const zeroState = (n: number): State => ({ m: new Array(n).fill(0), v: new Array(n).fill(0), t: 0 });

const DIVISION =
  { en: 'a division by zero: the bias corrections use the new step number t = state.t + 1 (so 1 − βᵗ > 0), and eps goes after the square root, √v̂ + eps, so the denominator is never 0', zh: '除以零了：偏差修正要用新的步数 t = state.t + 1（这样 1 − βᵗ > 0），并且 eps 加在平方根之后，√v̂ + eps，这样分母永远不为 0' };

/**
 * Several Adam steps, feeding the returned state back: the way an optimizer is used. `grads` is
 * the list of gradients to apply, one per step; `hp` the optional arguments after `state`
 * ([] uses the defaults). Returns θ after every step and the final state.
 */
const RUN_GRADS = `(m, theta0, grads, hp) => {
  let theta = theta0;
  let state = { m: theta0.map(() => 0), v: theta0.map(() => 0), t: 0 };
  const thetas = [];
  for (const g of grads) {
    const r = m.adamStep(theta, g, state, ...hp);
    theta = r.theta;
    state = r.state;
    thetas.push(theta);
  }
  return { thetas, state };
}`;

/**
 * Adam on f(θ) = ½ Σ a_i (θ_i − c_i)², the gradient a_i (θ_i − c_i) taken at the current θ.
 */
const RUN_QUADRATIC = `(m, theta0, a, c, steps, hp) => {
  let theta = theta0;
  let state = { m: theta0.map(() => 0), v: theta0.map(() => 0), t: 0 };
  const thetas = [];
  for (let k = 0; k < steps; k++) {
    const g = theta.map((x, i) => a[i] * (x - c[i]));
    const r = m.adamStep(theta, g, state, ...hp);
    theta = r.theta;
    state = r.state;
    thetas.push(theta);
  }
  return { thetas, state };
}`;

/**
 * The first step from a zero state: m̂ = g and √v̂ = |g|, so every coordinate moves by
 * lr·|g|/(|g| + eps) ≈ lr. On a mismatch, say how far each coordinate moved in units of lr.
 */
function firstStepCompare(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const cmp = compareValues(got, expected, tol);
  if (cmp.ok) return null;
  const theta = args[0] as number[];
  const grad = args[1] as number[];
  const lr = (args[3] as number | undefined) ?? 1e-3;
  const th = (got as { theta?: unknown } | null)?.theta;
  if (!cmp.structural && Array.isArray(th) && th.length === theta.length && th.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    // the coordinate whose step is furthest from lr
    let i = -1;
    let worst = 1e-3 * lr;
    grad.forEach((g, k) => {
      const off = Math.abs(Math.abs(theta[k] - (th[k] as number)) - lr);
      if (g !== 0 && off > worst) [i, worst] = [k, off];
    });
    if (i >= 0) {
      const moved = Math.abs(theta[i] - (th[i] as number)) / lr;
      return { en: `${cmp.message}. On the first step from a zero state m̂ = g and √v̂ = |g|, so every coordinate moves by about lr = ${fmt(lr)}; your θ[${i}] (gradient ${fmt(grad[i])}) moved by ${fmt(moved, 4)}·lr`, zh: `${cmp.messageZh ?? cmp.message}。从零状态出发的第一步中 m̂ = g、√v̂ = |g|，所以每个坐标大约移动 lr = ${fmt(lr)}；你的 θ[${i}]（梯度 ${fmt(grad[i])}）移动了 ${fmt(moved, 4)}·lr` };
    }
  }
  return cmp.text ?? { en: 'wrong value', zh: '值不对' };
}

function randomState(rng: Rng, n: number): State {
  const t = rng.pick([0, 1, 2, rng.int(3, 20), rng.int(20, 500)]);
  if (t === 0) return zeroState(n);
  return { m: rng.vector(n, -1, 1), v: rng.vector(n, 0.01, 2), t };
}

function randomHp(rng: Rng): number[] {
  return [rng.pick([1e-3, 0.01, 0.05, rng.uniform(1e-4, 0.2)]), rng.pick([0.9, 0.8, 0.5, 0]), rng.pick([0.999, 0.99, 0.9]), rng.pick([1e-8, 1e-6, 1e-3])];
}

const first = { call: 'adamStep', compare: firstStepCompare, nonFiniteHint: DIVISION } satisfies Partial<CheckDef>;

export default defineGrader({
  checks: [
    { ...first, id: 'first-step', kind: 'example', name: { en: 'the first step from a zero state (the worked example)', zh: '从零状态出发的第一步（题中例子）' }, args: [[1, 2], [0.2, -0.4], zeroState(2), 0.1] },
    {
      id: 'second-step',
      kind: 'example',
      name: { en: 'the second step, from the state after the first (the worked example)', zh: '第二步，从第一步之后的状态出发（题中例子）' },
      call: 'adamStep',
      args: [[0.9, 2.1], [0.1, -0.2], { m: [0.02, -0.04], v: [0.00004, 0.00016], t: 1 }, 0.1],
      nonFiniteHint: DIVISION,
    },

    // ---- the first step ----
    {
      ...first,
      id: 'first-step-any-scale',
      kind: 'edge',
      name: { en: 'first step, gradients from 1e3 to 1e-3: every coordinate moves by about lr', zh: '第一步，梯度从 1e3 到 1e-3：每个坐标都大约移动 lr' },
      args: [
        [0.5, -1, 2, 0, 3],
        [1000, -0.001, 5, -0.2, 40],
        zeroState(5),
        0.01,
      ],
    },
    { ...first, id: 'first-step-defaults', kind: 'edge', name: { en: 'first step with lr, β₁, β₂, eps left out (the defaults 1e-3, 0.9, 0.999, 1e-8)', zh: '第一步，省略 lr、β₁、β₂、eps（默认值 1e-3、0.9、0.999、1e-8）' }, args: [[0.3, -0.7, 1.5], [2, -0.5, 0.01], zeroState(3)] },
    { ...first, id: 'zero-gradient-first-step', kind: 'edge', name: { en: 'a zero gradient on the first step: nothing moves (0 / (0 + eps) = 0)', zh: '第一步梯度为零：什么都不动（0 / (0 + eps) = 0）' }, args: [[1, -2, 3], [0, 0, 0], zeroState(3), 0.1] },
    { ...first, id: 'one-zero-coordinate', kind: 'edge', name: { en: 'first step with one coordinate of the gradient exactly 0', zh: '第一步，梯度有一个坐标恰好为 0' }, args: [[1, -2, 3], [0.5, 0, -0.25], zeroState(3), 0.1] },

    // ---- later steps, defaults, hyperparameters ----
    {
      id: 'defaults-later-step',
      kind: 'edge',
      name: { en: 'a later step with lr, β₁, β₂, eps left out', zh: '之后的某一步，省略 lr、β₁、β₂、eps' },
      call: 'adamStep',
      args: [[0.3, -0.7, 1.5], [1.2, -0.4, 0.05], { m: [0.5, -0.1, 0.02], v: [0.4, 0.03, 0.001], t: 7 }],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'defaults-partly-given',
      kind: 'edge',
      name: { en: 'lr and β₁ given, β₂ and eps left out', zh: '给出 lr 和 β₁，省略 β₂ 和 eps' },
      call: 'adamStep',
      args: [[0.3, -0.7], [1.2, -0.4], { m: [0.5, -0.1], v: [0.4, 0.03], t: 3 }, 0.05, 0.8],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'zero-gradient-mid-training',
      kind: 'edge',
      name: { en: 'a zero gradient after some steps: the moving averages still move θ', zh: '走了几步之后梯度为零：移动平均仍让 θ 移动' },
      call: 'adamStep',
      args: [[1, -2, 3], [0, 0, 0], { m: [0.3, -0.2, 0], v: [0.05, 0.02, 0], t: 4 }, 0.1],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'tiny-gradients-first-step',
      kind: 'edge',
      name: { en: 'tiny gradients (1e-5 to 1e-10) on the first step: eps matters', zh: '第一步梯度极小（1e-5 到 1e-10）：eps 起作用' },
      call: 'adamStep',
      args: [[1, 1, 1, 1], [1e-5, -1e-6, 1e-8, -1e-10], zeroState(4), 0.01],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'tiny-gradients-later',
      kind: 'edge',
      name: { en: 'tiny moving averages at step 10 with the default eps', zh: '第 10 步时移动平均极小，使用默认 eps' },
      call: 'adamStep',
      args: [[0.5, -0.5, 2], [2e-5, -3e-6, 1e-7], { m: [1e-5, -2e-6, 5e-8], v: [2e-10, 1e-11, 1e-14], t: 10 }, 0.01],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'large-eps',
      kind: 'edge',
      name: { en: 'eps = 0.1, comparable to √v̂', zh: 'eps = 0.1，与 √v̂ 相当' },
      call: 'adamStep',
      args: [[1, -1], [0.3, -0.05], { m: [0.1, -0.02], v: [0.02, 0.001], t: 2 }, 0.1, 0.9, 0.999, 0.1],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'late-step',
      kind: 'edge',
      name: { en: 'step 1001 (1 − β₂ᵗ is still about 0.63)', zh: '第 1001 步（1 − β₂ᵗ 仍约为 0.63）' },
      call: 'adamStep',
      args: [[0.2, -0.4, 0.6], [0.05, 0.3, -0.1], { m: [0.04, 0.2, -0.05], v: [0.003, 0.05, 0.01], t: 1000 }, 0.001],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'beta1-zero',
      kind: 'edge',
      name: { en: 'β₁ = 0: m is the current gradient', zh: 'β₁ = 0：m 就是当前梯度' },
      call: 'adamStep',
      args: [[1, 2], [0.4, -0.3], { m: [0.1, 0.1], v: [0.02, 0.05], t: 2 }, 0.05, 0, 0.99],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'one-parameter',
      kind: 'edge',
      name: { en: 'a single parameter', zh: '只有一个参数' },
      call: 'adamStep',
      args: [[4], [-1.5], { m: [-0.3], v: [0.5], t: 5 }, 0.02, 0.8, 0.95],
      nonFiniteHint: DIVISION,
    },

    // ---- several steps, state fed back ----
    {
      id: 'run-fixed-gradients',
      kind: 'hidden',
      name: { en: 'six steps with given gradients, the state fed back each time', zh: '给定梯度走六步，每次把状态传回' },
      run: RUN_GRADS,
      args: [[1, -1, 0.5], [[0.2, -0.4, 1], [0.1, -0.3, -1], [0.3, 0.1, 0.5], [0.2, -0.2, 0], [-0.1, -0.5, 2], [0.25, 0.05, -0.5]], [0.1]],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'run-defaults',
      kind: 'hidden',
      name: { en: 'five steps with the default hyperparameters', zh: '默认超参数下走五步' },
      run: RUN_GRADS,
      args: [[0.2, 0.4], [[1, -2], [0.5, -1], [-0.5, 0.5], [0.2, 0.1], [1, 1]], []],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'run-tiny-gradients',
      kind: 'edge',
      name: { en: 'eight steps with gradients around 1e-6: eps matters at every step', zh: '梯度约为 1e-6 时走八步：每一步 eps 都起作用' },
      run: RUN_GRADS,
      args: [[1, -1], [[1e-6, -2e-6], [2e-6, -1e-6], [1e-6, 0], [5e-7, 1e-6], [1e-6, -3e-6], [0, -1e-6], [2e-6, 2e-6], [1e-6, -1e-6]], [0.01]],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'run-zero-gradients',
      kind: 'edge',
      name: { en: 'three steps with zero gradients from a zero state: θ never moves', zh: '从零状态出发、梯度为零走三步：θ 从不移动' },
      run: RUN_GRADS,
      args: [[0.5, -0.5], [[0, 0], [0, 0], [0, 0]], [0.1]],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'run-quadratic',
      kind: 'hidden',
      name: { en: 'thirty steps minimizing a quadratic bowl', zh: '走三十步最小化一个二次碗' },
      run: RUN_QUADRATIC,
      generate: (rng) => {
        const n = rng.int(2, 4);
        return [rng.vector(n, -2, 2), rng.vector(n, 0.5, 10), rng.vector(n, -1, 1), 30, [0.1]];
      },
      nonFiniteHint: DIVISION,
    },
    {
      id: 'run-quadratic-custom',
      kind: 'hidden',
      name: { en: 'twenty steps on a quadratic with β₁ = 0.5, β₂ = 0.9, eps = 1e-3', zh: '在二次函数上走二十步，β₁ = 0.5、β₂ = 0.9、eps = 1e-3' },
      run: RUN_QUADRATIC,
      args: [[2, -1, 0.5], [1, 4, 0.25], [0.5, 0.5, -0.5], 20, [0.2, 0.5, 0.9, 1e-3]],
      nonFiniteHint: DIVISION,
    },
    {
      id: 'random-steps',
      kind: 'random',
      name: { en: 'single steps from random states and hyperparameters', zh: '从随机状态、随机超参数出发的单步' },
      call: 'adamStep',
      count: 10,
      generate: (rng) => {
        const n = rng.int(1, 6);
        return [rng.vector(n, -3, 3), rng.vector(n, -2, 2), randomState(rng, n), ...randomHp(rng)];
      },
      nonFiniteHint: DIVISION,
    },
    {
      id: 'random-runs',
      kind: 'random',
      name: { en: 'runs of random gradients and hyperparameters', zh: '随机梯度与超参数下的多步运行' },
      run: RUN_GRADS,
      count: 4,
      generate: (rng) => {
        const n = rng.int(1, 4);
        const steps = rng.int(2, 12);
        const scale = rng.pick([1, 1e-3, 1e-6]);
        return [rng.vector(n, -1, 1), Array.from({ length: steps }, () => rng.vector(n, -scale, scale)), randomHp(rng)];
      },
      nonFiniteHint: DIVISION,
    },
  ],
});
