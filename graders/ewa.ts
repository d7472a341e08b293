import { compareValues, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';
import { inSetting } from '../src/lib/engine/kit';
import { num } from '../src/lib/engine/statistics';

// Values are compared with the reference; the message adds the setting. Which known mistake
// the learner's numbers follow is mistake recognition's job (reference/ewa/mistakes.ts).

function explain(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const cmp = compareValues(got, expected, tol);
  const [values, beta, corr] = args as [number[], number, boolean];
  if (!cmp.ok && cmp.structural && Array.isArray(got) && got.length !== values.length) {
    return { en: `expected one average per value: ${values.length} numbers, got ${got.length}`, zh: `每个值应对应一个平均值：应有 ${values.length} 个数，实际得到 ${got.length} 个` };
  }
  return inSetting(cmp, { en: `β = ${num(beta)}, biasCorrection = ${corr}`, zh: `β = ${num(beta)}，biasCorrection = ${corr}` });
}

const NON_FINITE = { en: 'did something divide by 1 − β⁰ = 0? t counts from 1', zh: '是不是除以了 1 − β⁰ = 0？t 从 1 开始计数' };

const average = { call: 'exponentialAverage', compare: explain, nonFiniteHint: NON_FINITE } satisfies Partial<CheckDef>;

const TEMPS = [10, 12, 11];
/** Daily temperatures of a year-like curve with noise, as in the notes' London example. */
const temperatures = (rng: Rng, days: number) =>
  Array.from({ length: days }, (_, d) => rng.round(12 - 8 * Math.cos((2 * Math.PI * d) / 365) + rng.normal(0, 3), 1));

export default defineGrader({
  checks: [
    { ...average, id: 'three-days', kind: 'example', name: { en: 'three temperatures, β = 0.9, no bias correction (the worked example)', zh: '三个温度，β = 0.9，不做偏差修正（题中例子）' }, args: [TEMPS, 0.9, false] },
    { ...average, id: 'three-days-corrected', kind: 'example', name: { en: 'the same three temperatures with bias correction', zh: '同样三个温度，做偏差修正' }, args: [TEMPS, 0.9, true] },
    { ...average, id: 'beta-zero', kind: 'edge', name: { en: 'β = 0: the averages are the values themselves', zh: 'β = 0：平均值就是这些值本身' }, args: [[3, -1, 4, 1.5, -5], 0, false] },
    { ...average, id: 'beta-zero-corrected', kind: 'edge', name: { en: 'β = 0 with bias correction: still the values themselves', zh: 'β = 0 且做偏差修正：仍是这些值本身' }, args: [[3, -1, 4, 1.5, -5], 0, true] },
    { ...average, id: 'empty', kind: 'edge', name: { en: 'no values: []', zh: '没有值：[]' }, args: [[], 0.9, false] },
    { ...average, id: 'empty-corrected', kind: 'edge', name: { en: 'no values with bias correction: []', zh: '没有值且做偏差修正：[]' }, args: [[], 0.9, true] },
    { ...average, id: 'single-corrected', kind: 'edge', name: { en: 'a single value with bias correction: the value itself', zh: '只有一个值且做偏差修正：就是这个值本身' }, args: [[7.5], 0.9, true] },
    { ...average, id: 'single', kind: 'edge', name: { en: 'a single value without correction: (1 − β)·θ₁', zh: '只有一个值且不修正：(1 − β)·θ₁' }, args: [[7.5], 0.9, false] },
    { ...average, id: 'constant-corrected', kind: 'edge', name: { en: 'a constant sequence with bias correction: every output is the constant', zh: '常数序列且做偏差修正：每个输出都是这个常数' }, args: [[4, 4, 4, 4, 4, 4], 0.8, true] },
    { ...average, id: 'beta-near-one-corrected', kind: 'edge', name: { en: 'β = 0.999 with bias correction (1 − β^t is tiny at first)', zh: 'β = 0.999 且做偏差修正（开始时 1 − β^t 极小）' }, args: [[2, 3, 1, 5, 4, 2, 6, 3], 0.999, true] },
    { ...average, id: 'negative-values', kind: 'hidden', name: { en: 'negative and positive values, β = 0.7, corrected', zh: '有负有正的值，β = 0.7，做修正' }, args: [[-3, 5, -2, 0, 8, -6, 1], 0.7, true] },
    { ...average, id: 'year-of-temperatures', kind: 'hidden', name: { en: 'a year of daily temperatures, β = 0.9 (about 10 days averaged)', zh: '一年的每日温度，β = 0.9（约平均 10 天）' }, generate: (rng) => [temperatures(rng, 365), 0.9, false] },
    { ...average, id: 'year-of-temperatures-corrected', kind: 'hidden', name: { en: 'sixty days of temperatures, β = 0.98, with bias correction', zh: '六十天的温度，β = 0.98，做偏差修正' }, generate: (rng) => [temperatures(rng, 60), 0.98, true] },
    { ...average, id: 'random', kind: 'random', name: { en: 'random values and β', zh: '随机的值与 β' }, count: 8, generate: (rng) => [rng.vector(rng.int(1, 30), -10, 10), rng.round(rng.uniform(0.05, 0.99), 3), rng.random() < 0.5] },
    { ...average, id: 'random-corrected', kind: 'random', name: { en: 'random values and β with bias correction', zh: '随机的值与 β，做偏差修正' }, count: 6, generate: (rng) => [rng.vector(rng.int(2, 30), -10, 10), rng.round(rng.uniform(0.05, 0.99), 3), true] },
  ],
});
