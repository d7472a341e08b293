import { compareValues, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader, fn, HostFn, type GraderText } from '../src/lib/engine/grader';
import { explainPath, inSetting, randomSpd, stepPathDriver } from '../src/lib/engine/kit';
import { num } from '../src/lib/engine/statistics';

// Single steps and runs of several steps (a driver feeds θ and s back, with the gradient of a
// test function at each θ). The tiny-gradient cases are where eps is visible: from s = 0 with
// g ≈ 1e-9, √s ≈ 1e-10 is far below eps = 1e-8, while √(s + eps) ≈ 1e-4. Their s values are
// ≈ 1e-20, so those checks compare with an absolute tolerance of 1e-30 instead of 1e-8.
// When values differ, the message gives the setting (and the first wrong step of a run); which
// known mistake the numbers follow is mistake recognition's job (reference/rmsprop/mistakes.ts).

type Vec = number[];
/** The hyperparameters as passed: [] (defaults), [alpha] or [alpha, eps]. */
type Hyper = number[];

const setting = (lr: number, hyper: Hyper) =>
  ({ en: `lr = ${num(lr)}, ${hyper.length >= 1 ? `alpha = ${num(hyper[0])}` : 'alpha omitted (0.99)'}, ${hyper.length >= 2 ? `eps = ${num(hyper[1])}` : 'eps omitted (1e-8)'}`, zh: `lr = ${num(lr)}，${hyper.length >= 1 ? `alpha = ${num(hyper[0])}` : '省略 alpha（0.99）'}，${hyper.length >= 2 ? `eps = ${num(hyper[1])}` : '省略 eps（1e-8）'}` });

/** One call: args are (theta, grad, s, lr, ...hyper). */
function explainStep(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const [, , , lr, ...hyper] = args as [Vec, Vec, Vec, number, ...number[]];
  return inSetting(compareValues(got, expected, tol), setting(lr, hyper));
}

/** A run: args are (theta, gradFn, s, lr, steps, hyper). */
function explainRun(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const [, , , lr, , hyper] = args as [Vec, HostFn, Vec, number, number, Hyper];
  return explainPath(got, expected, tol, setting(lr, hyper));
}

const NON_FINITE = { en: 'a division by zero? the denominator is √s + eps, which is never 0', zh: '除以零了？分母是 √s + eps，永远不为 0' };
/** For the tiny-gradient cases: s ≈ 1e-20 must be compared relatively. */
const TINY_TOL = { rtol: 1e-5, atol: 1e-30 };

const step = { call: 'rmspropStep', compare: explainStep, nonFiniteHint: NON_FINITE } satisfies Partial<CheckDef>;


/** ∇f for f(θ) = scale·(½θᵀAθ + bᵀθ). */
const quadraticGrad = (A: number[][], b: Vec, scale = 1) =>
  fn('gradFn', () => (theta: unknown) => {
    if (!Array.isArray(theta) || theta.length !== b.length) throw new Error(`the gradient needs a vector of ${b.length} numbers`);
    return A.map((row, i) => scale * row.reduce((acc, a, j) => acc + a * (theta as Vec)[j], b[i]));
  });

const run = {
  run: stepPathDriver({ params: 'theta, gradFn, s, lr, steps, hyper', step: 'm.rmspropStep(theta, gradFn(theta), s, lr, ...hyper)', state: ['theta', 's'] }),
  compare: explainRun,
  nonFiniteHint: NON_FINITE,
} satisfies Partial<CheckDef>;

/** A long, narrow valley: curvature 100 along θ₀, 1 along θ₁. */
const VALLEY = quadraticGrad([[100, 0], [0, 1]], [0, 0]);

export default defineGrader({
  checks: [
    { ...step, id: 'first-step-defaults', kind: 'example', name: { en: 'first step from s = 0, alpha and eps omitted (the worked example)', zh: '从 s = 0 出发的第一步，省略 alpha 和 eps（题中例子）' }, args: [[1, -1], [0.5, -2], [0, 0], 0.01] },
    { ...step, id: 'step-with-alpha', kind: 'example', name: { en: 'a step with a nonzero average and alpha = 0.9', zh: '平均值不为零、alpha = 0.9 的一步' }, args: [[2, 3], [0.3, -0.4], [0.07, 0.2], 0.1, 0.9] },

    { ...step, id: 'zero-gradient', kind: 'edge', name: { en: 'a zero gradient: θ stays, s decays by α', zh: '梯度为零：θ 不动，s 按 α 衰减' }, args: [[1, -2, 3], [0, 0, 0], [0.04, 0.01, 0.09], 0.01] },
    { ...step, id: 'zero-gradient-zero-s', kind: 'edge', name: { en: 'a zero gradient with s = 0: θ stays (eps keeps 0/0 away)', zh: '梯度为零且 s = 0：θ 不动（eps 避免了 0/0）' }, args: [[1, -2], [0, 0], [0, 0], 0.01] },
    { ...step, id: 'tiny-gradients', kind: 'edge', name: { en: 'two tiny gradients (≈ 1e-9) and an ordinary one from s = 0: for the tiny ones √s ≈ 1e-10 is far below eps, so eps decides the step', zh: '从 s = 0 出发，两个极小梯度（≈ 1e-9）和一个普通梯度：对极小的那两个，√s ≈ 1e-10 远小于 eps，步长由 eps 决定' }, args: [[1, -1, 0.5], [1e-9, -2e-9, 0.5], [0, 0, 0], 0.01], tolerance: TINY_TOL },
    { ...step, id: 'tiny-gradients-alpha', kind: 'edge', name: { en: 'tiny gradients with a tiny average and alpha = 0.9', zh: '极小的梯度、极小的平均值，alpha = 0.9' }, args: [[0.3, 2], [3e-9, -1e-9], [4e-18, 1e-18], 0.05, 0.9], tolerance: TINY_TOL },
    { ...step, id: 'large-eps', kind: 'edge', name: { en: 'eps = 1e-3 given explicitly, small gradients', zh: '显式给出 eps = 1e-3，梯度很小' }, args: [[1, 2], [0.01, -0.02], [0, 0], 0.1, 0.9, 1e-3] },
    { ...step, id: 'alpha-given-eps-default', kind: 'edge', name: { en: 'alpha = 0.5 given, eps omitted', zh: '给出 alpha = 0.5，省略 eps' }, args: [[1, 2, 3], [0.2, -0.1, 0.4], [0.1, 0.05, 0.2], 0.05, 0.5] },
    { ...step, id: 'different-scales', kind: 'edge', name: { en: 'gradients of very different sizes (100 and 0.01): RMSprop moves both by about the same amount', zh: '大小差别很大的梯度（100 与 0.01）：RMSprop 让两者移动差不多的量' }, args: [[1, 1], [100, 0.01], [0, 0], 0.001] },
    { ...step, id: 'one-parameter', kind: 'edge', name: { en: 'a single parameter', zh: '只有一个参数' }, args: [[5], [-3], [2], 0.1, 0.95] },
    { ...step, id: 'large-s-small-gradient', kind: 'hidden', name: { en: 'a large average and a small gradient: a small step', zh: '平均值大而梯度小：一小步' }, args: [[0.5, -0.5], [0.01, 0.02], [4, 9], 0.1] },

    { ...run, id: 'valley-run', kind: 'hidden', name: { en: '15 steps down a narrow valley (curvatures 100 and 1) from s = 0, defaults', zh: '从 s = 0 出发、用默认值沿狭窄山谷（曲率 100 与 1）走 15 步' }, args: [[1, 1], VALLEY, [0, 0], 0.01, 15, []] },
    { ...run, id: 'valley-run-alpha', kind: 'hidden', name: { en: '10 steps down the valley with alpha = 0.9 and eps = 1e-6', zh: '沿山谷走 10 步，alpha = 0.9、eps = 1e-6' }, args: [[1, -2], VALLEY, [0, 0], 0.05, 10, [0.9, 1e-6]] },
    { ...run, id: 'tiny-gradient-run', kind: 'hidden', name: { en: '6 steps on a very flat bowl (gradients ≈ 1e-9) from s = 0: eps matters at every step', zh: '从 s = 0 出发在很平的碗上走 6 步（梯度 ≈ 1e-9）：每一步 eps 都起作用' }, args: [[1, -2], quadraticGrad([[2, 0.5], [0.5, 1]], [-1, 0.5], 1e-9), [0, 0], 0.01, 6, []], tolerance: TINY_TOL },

    {
      ...step,
      id: 'random-step',
      kind: 'random',
      name: { en: 'one step with random θ, gradient, average and hyperparameters', zh: '随机的 θ、梯度、平均值与超参数下走一步' },
      count: 8,
      generate: (rng) => {
        const n = rng.int(1, 6);
        const base = [rng.vector(n, -3, 3), rng.vector(n, -2, 2), rng.vector(n, 0, 1).map((x) => x * x), rng.uniform(0.001, 0.1)];
        const which = rng.int(0, 2);
        return which === 0 ? base : which === 1 ? [...base, rng.uniform(0.8, 0.999)] : [...base, rng.uniform(0.8, 0.999), rng.pick([1e-8, 1e-6, 1e-4])];
      },
    },
    {
      ...run,
      id: 'random-run',
      kind: 'random',
      name: { en: 'a few steps on a random quadratic bowl from s = 0', zh: '从 s = 0 出发在随机二次碗上走几步' },
      count: 3,
      generate: (rng) => {
        const n = rng.int(1, 4);
        const hyper = rng.random() < 0.5 ? [] : [rng.uniform(0.8, 0.99)];
        return [rng.vector(n, -2, 2), quadraticGrad(randomSpd(rng, n), rng.vector(n, -1, 1)), new Array(n).fill(0), rng.uniform(0.001, 0.05), rng.int(3, 8), hyper];
      },
    },
  ],
});
