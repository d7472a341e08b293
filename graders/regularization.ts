import { type CheckDef, defineGrader } from '../src/lib/engine/grader';
import { stableSigmoidMutants } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

const STABLE = {
  en: 'the logistic cost overflowed or took log(0): compute it from z with the softplus form log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z, and use a stable sigmoid in the gradient',
  zh: '逻辑回归的代价溢出了或取了 log(0)：请直接由 z 用 softplus 形式计算：log(1 + e^z) − y·z = max(z, 0) + log1p(e^−|z|) − y·z，梯度中也要用数值稳定的 sigmoid',
};

/** The words of the check names in Chinese. */
const ZH: Record<string, string> = { linear: '线性模型', logistic: '逻辑回归', cost: '代价', gradient: '梯度' };


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
    { id: 'worked-example-cost', kind: 'example', name: { en: "linear model, λ = 1: the cost (the worked example)", zh: '线性模型，λ = 1：代价（例题）' }, call: 'regularizedCost', args: ['linear', LIN.X, LIN.y, LIN.w, LIN.b, 1] },
    { id: 'worked-example-gradient', kind: 'example', name: { en: 'linear model, λ = 1: the gradient (the worked example)', zh: '线性模型，λ = 1：梯度（例题）' }, call: 'regularizedGradient', args: ['linear', LIN.X, LIN.y, LIN.w, LIN.b, 1] },
    { id: 'logistic-cost-example', kind: 'example', name: { en: 'logistic model, λ = 0.7: the cost', zh: '逻辑回归，λ = 0.7：代价' }, call: 'regularizedCost', args: ['logistic', LOG.X, LOG.y, LOG.w, LOG.b, 0.7] },
    { id: 'logistic-gradient-example', kind: 'hidden', name: { en: 'logistic model, λ = 0.7: the gradient', zh: '逻辑回归，λ = 0.7：梯度' }, call: 'regularizedGradient', args: ['logistic', LOG.X, LOG.y, LOG.w, LOG.b, 0.7] },

    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-lambda-zero`,
      kind: 'edge',
      name: { en: `${model} ${what}, λ = 0: the unregularized ${what}`, zh: `${ZH[model]}的${ZH[what]}，λ = 0：未正则化的${ZH[what]}` },
      args: [model, X5, Y5[model], W5, B5, 0],
    })),
    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-large-lambda`,
      kind: 'edge',
      name: { en: `${model} ${what}, large λ = 1000 (the penalty dominates)`, zh: `${ZH[model]}的${ZH[what]}，λ = 1000 很大（惩罚项占主导）` },
      args: [model, X5, Y5[model], W5, B5, 1000],
    })),
    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-zero-weights`,
      kind: 'edge',
      name: { en: `${model} ${what}, all weights zero but b = 2 and λ = 5: b adds no penalty`, zh: `${ZH[model]}的${ZH[what]}，权重全为零但 b = 2、λ = 5：b 不带来惩罚` },
      args: [model, X5, Y5[model], [0, 0, 0], 2, 5],
    })),
    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-batch-of-one`,
      kind: 'edge',
      name: { en: `${model} ${what}, a batch of one example`, zh: `${ZH[model]}的${ZH[what]}，只有一个样本的批量` },
      args: [model, [[1.5, -2]], model === 'linear' ? [0.5] : [1], [0.4, 0.9], -0.3, 2],
    })),
    ...EXPORTS.map(([fn, what]): CheckDef => ({
      id: `logistic-${what}-saturated`,
      kind: 'edge',
      name: { en: `logistic ${what} with saturated predictions (z = ±1000), λ = 3`, zh: `预测饱和（z = ±1000）时逻辑回归的${ZH[what]}，λ = 3` },
      call: fn,
      args: ['logistic', [[10, 0], [-10, 0], [10, 1]], [0, 0, 1], [100, 0.5], 0.25, 3],
      nonFiniteHint: STABLE,
    })),
    ...EXPORTS.map(([fn, what]): CheckDef => ({
      id: `unknown-model-${what}`,
      kind: 'error',
      name: { en: `an unknown model ('quadratic'): ${fn} throws an Error mentioning 'model'`, zh: `未知的模型（'quadratic'）：${fn} 抛出提到 'model' 的 Error` },
      call: fn,
      args: ['quadratic', LIN.X, LIN.y, LIN.w, LIN.b, 1],
      throws: 'model',
    })),
    ...perModelAndExport((model, what) => ({
      id: `${model}-${what}-many-features`,
      kind: 'hidden',
      name: { en: `${model} ${what}, thirty examples with six features`, zh: `${ZH[model]}的${ZH[what]}，三十个样本、六个特征` },
      generate: (rng: Rng) => data(rng, model, 30, 6, rng.uniform(0.5, 3)),
    })),
    ...EXPORTS.map(([fn, what]): CheckDef => ({
      id: `random-${what}`,
      kind: 'random',
      name: { en: `random data, either model: the ${what}`, zh: `随机数据，两种模型都有：${ZH[what]}` },
      call: fn,
      count: 6,
      generate: (rng) => data(rng, rng.pick(MODELS), rng.int(2, 12), rng.int(1, 5), rng.uniform(0.1, 10)),
      nonFiniteHint: STABLE,
    })),
  ],
  // Mutants of the reference that compute the same thing (npm run validate -- --mutants).
  equivalentMutants: {
    ...stableSigmoidMutants(24),
    'arguments 46:21 X[i], w → w, X[i]': 'logit\'s dot product is symmetric in its two vectors',
    'arguments 77:21 X[i], w → w, X[i]': 'logit\'s dot product is symmetric in its two vectors',
  },
});
