import { type CheckDef, defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';

const STABLE =
  'the logistic cost overflowed or took log(0): compute it from z with the softplus form log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z, and use a stable sigmoid in the gradient';


type Model = 'linear' | 'logistic';
const MODELS: Model[] = ['linear', 'logistic'];
const EXPORTS = [
  ['regularizedCost', 'cost'],
  ['regularizedGradient', 'gradient'],
] as const;

/** Targets for a model: real numbers for 'linear', labels 0/1 for 'logistic'. */
const targets = (rng: Rng, model: Model, m: number) =>
  Array.from({ length: m }, () => (model === 'linear' ? rng.uniform(-5, 5) : rng.int(0, 1)));

/** Random data with a non-zero bias and non-zero weights, so every penalty term matters. */
function data(rng: Rng, model: Model, m: number, n: number, lambda: number): unknown[] {
  const w = rng.vector(n, 0.2, 1.5).map((v) => (rng.random() < 0.5 ? -v : v));
  const b = (rng.random() < 0.5 ? -1 : 1) * rng.uniform(0.3, 2);
  return [model, rng.matrix(m, n, -2, 2), targets(rng, model, m), w, b, lambda];
}

// Small fixed data sets.
const X3 = [[1, 2], [2, 0], [0, 1]];
const LIN = { X: X3, y: [3, 1, 2], w: [0.5, 1], b: 0.5 };
const LOG = { X: X3, y: [1, 0, 1], w: [0.5, -1], b: 0.5 };
const X5 = [[0.5, -1, 2], [1.5, 0.5, -0.5], [-1, 2, 1], [2, 1, 0], [0, -1.5, 1.5]];
const Y5: Record<Model, number[]> = { linear: [1.5, -0.5, 2, 0.25, -1], logistic: [1, 0, 1, 1, 0] };
const W5 = [0.8, -0.6, 0.4];
const B5 = -0.7;

const perModelAndExport = (
  make: (model: Model, what: string) => Omit<CheckDef, 'call'>,
): CheckDef[] => MODELS.flatMap((model) => EXPORTS.map(([fn, what]): CheckDef => ({ ...make(model, what), call: fn })));

export default defineGrader({
  checks: [
    { id: 'worked-example-cost', kind: 'example', name: "linear model, λ = 1: the cost (the worked example)", call: 'regularizedCost', args: ['linear', LIN.X, LIN.y, LIN.w, LIN.b, 1] },
    { id: 'worked-example-gradient', kind: 'example', name: 'linear model, λ = 1: the gradient (the worked example)', call: 'regularizedGradient', args: ['linear', LIN.X, LIN.y, LIN.w, LIN.b, 1] },
    { id: 'logistic-cost-example', kind: 'example', name: 'logistic model, λ = 0.7: the cost', call: 'regularizedCost', args: ['logistic', LOG.X, LOG.y, LOG.w, LOG.b, 0.7] },
    { id: 'logistic-gradient-example', kind: 'hidden', name: 'logistic model, λ = 0.7: the gradient', call: 'regularizedGradient', args: ['logistic', LOG.X, LOG.y, LOG.w, LOG.b, 0.7] },

    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-lambda-zero`,
      kind: 'edge',
      name: `${model} ${what}, λ = 0: the unregularized ${what}`,
      args: [model, X5, Y5[model], W5, B5, 0],
    })),
    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-large-lambda`,
      kind: 'edge',
      name: `${model} ${what}, large λ = 1000 (the penalty dominates)`,
      args: [model, X5, Y5[model], W5, B5, 1000],
    })),
    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-zero-weights`,
      kind: 'edge',
      name: `${model} ${what}, all weights zero but b = 2 and λ = 5: b adds no penalty`,
      args: [model, X5, Y5[model], [0, 0, 0], 2, 5],
    })),
    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-batch-of-one`,
      kind: 'edge',
      name: `${model} ${what}, a batch of one example`,
      args: [model, [[1.5, -2]], model === 'linear' ? [0.5] : [1], [0.4, 0.9], -0.3, 2],
    })),
    ...EXPORTS.map(([fn, what]): CheckDef => ({
      id: `logistic-${what}-saturated`,
      kind: 'edge',
      name: `logistic ${what} with saturated predictions (z = ±1000), λ = 3`,
      call: fn,
      args: ['logistic', [[10, 0], [-10, 0], [10, 1]], [0, 0, 1], [100, 0.5], 0.25, 3],
      nonFiniteHint: STABLE,
    })),
    ...EXPORTS.map(([fn, what]): CheckDef => ({
      id: `unknown-model-${what}`,
      kind: 'error',
      name: `an unknown model ('quadratic'): ${fn} throws an Error mentioning 'model'`,
      call: fn,
      args: ['quadratic', LIN.X, LIN.y, LIN.w, LIN.b, 1],
      throws: 'model',
    })),
    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-many-features`,
      kind: 'hidden',
      name: `${model} ${what}, thirty examples with six features`,
      generate: (rng: Rng) => data(rng, model, 30, 6, rng.uniform(0.5, 3)),
    })),
    ...EXPORTS.map(([fn, what]): CheckDef => ({
      id: `random-${what}`,
      kind: 'random',
      name: `random data, either model: the ${what}`,
      call: fn,
      count: 6,
      generate: (rng) => data(rng, rng.pick(MODELS), rng.int(2, 12), rng.int(1, 5), rng.uniform(0.1, 10)),
      nonFiniteHint: STABLE,
    })),
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    'boundary 24:9 >= → >': 'at z = 0 both forms of the stable sigmoid give 0.5: the branch taken at 0 does not matter',
    'constant 24:12 0 → 1': 'for 0 ≤ z < 1 e^z/(1+e^z) is as accurate as 1/(1+e^−z): the branch only matters where e^z overflows',
    'arguments 46:21 X[i], w → w, X[i]': 'logit\'s dot product is symmetric in its two vectors',
    'arguments 77:21 X[i], w → w, X[i]': 'logit\'s dot product is symmetric in its two vectors',
  },
});
