import { compareValues, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader, type GraderText } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';
import { num } from '../src/lib/engine/statistics';

// Values are compared with the reference; the message adds the setting. Which known mistake
// the learner's numbers follow is mistake recognition's job (reference/ewa/mistakes.ts).

function explain(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): GraderText | null {
  const cmp = compareValues(got, expected, tol);
  if (cmp.ok) return null;
  const [values, beta, corr] = args as [number[], number, boolean];
  if (cmp.structural) {
    return Array.isArray(got) && got.length !== values.length
      ? { en: `expected one average per value: ${values.length} numbers, got ${got.length}`, zh: `每个值应对应一个平均值：应有 ${values.length} 个数，实际得到 ${got.length} 个` }
      : cmp.text ?? { en: 'the result has the wrong shape', zh: '结果的形状不对' };
  }
  return { en: `${cmp.message} (β = ${num(beta)}, biasCorrection = ${corr})`, zh: `${cmp.messageZh ?? cmp.message}（β = ${num(beta)}，biasCorrection = ${corr}）` };
}

const NON_FINITE = { en: 'did something divide by 1 − β⁰ = 0? t counts from 1', zh: '是不是除以了 1 − β⁰ = 0？t 从 1 开始计数' };

const check = (id: string, kind: CheckDef['kind'], name: GraderText, args: unknown[]): CheckDef => ({
  id,
  kind,
  name,
  call: 'exponentialAverage',
  args,
  compare: explain,
  nonFiniteHint: NON_FINITE,
});

const gen = (id: string, kind: CheckDef['kind'], name: GraderText, count: number, make: (rng: Rng) => unknown[]): CheckDef => ({
  id,
  kind,
  name,
  call: 'exponentialAverage',
  count,
  generate: make,
  compare: explain,
  nonFiniteHint: NON_FINITE,
});

const TEMPS = [10, 12, 11];
/** Daily temperatures of a year-like curve with noise, as in the notes' London example. */
const temperatures = (rng: Rng, days: number) =>
  Array.from({ length: days }, (_, d) => rng.round(12 - 8 * Math.cos((2 * Math.PI * d) / 365) + rng.normal(0, 3), 1));

export default defineGrader({
  checks: [
    check('three-days', 'example', { en: 'three temperatures, β = 0.9, no bias correction (the worked example)', zh: '三个温度，β = 0.9，不做偏差修正（题中例子）' }, [TEMPS, 0.9, false]),
    check('three-days-corrected', 'example', { en: 'the same three temperatures with bias correction', zh: '同样三个温度，做偏差修正' }, [TEMPS, 0.9, true]),
    check('beta-zero', 'edge', { en: 'β = 0: the averages are the values themselves', zh: 'β = 0：平均值就是这些值本身' }, [[3, -1, 4, 1.5, -5], 0, false]),
    check('beta-zero-corrected', 'edge', { en: 'β = 0 with bias correction: still the values themselves', zh: 'β = 0 且做偏差修正：仍是这些值本身' }, [[3, -1, 4, 1.5, -5], 0, true]),
    check('empty', 'edge', { en: 'no values: []', zh: '没有值：[]' }, [[], 0.9, false]),
    check('empty-corrected', 'edge', { en: 'no values with bias correction: []', zh: '没有值且做偏差修正：[]' }, [[], 0.9, true]),
    check('single-corrected', 'edge', { en: 'a single value with bias correction: the value itself', zh: '只有一个值且做偏差修正：就是这个值本身' }, [[7.5], 0.9, true]),
    check('single', 'edge', { en: 'a single value without correction: (1 − β)·θ₁', zh: '只有一个值且不修正：(1 − β)·θ₁' }, [[7.5], 0.9, false]),
    check('constant-corrected', 'edge', { en: 'a constant sequence with bias correction: every output is the constant', zh: '常数序列且做偏差修正：每个输出都是这个常数' }, [[4, 4, 4, 4, 4, 4], 0.8, true]),
    check('beta-near-one-corrected', 'edge', { en: 'β = 0.999 with bias correction (1 − β^t is tiny at first)', zh: 'β = 0.999 且做偏差修正（开始时 1 − β^t 极小）' }, [[2, 3, 1, 5, 4, 2, 6, 3], 0.999, true]),
    check('negative-values', 'hidden', { en: 'negative and positive values, β = 0.7, corrected', zh: '有负有正的值，β = 0.7，做修正' }, [[-3, 5, -2, 0, 8, -6, 1], 0.7, true]),
    gen('year-of-temperatures', 'hidden', { en: 'a year of daily temperatures, β = 0.9 (about 10 days averaged)', zh: '一年的每日温度，β = 0.9（约平均 10 天）' }, 1, (rng) => [temperatures(rng, 365), 0.9, false]),
    gen('year-of-temperatures-corrected', 'hidden', { en: 'sixty days of temperatures, β = 0.98, with bias correction', zh: '六十天的温度，β = 0.98，做偏差修正' }, 1, (rng) => [temperatures(rng, 60), 0.98, true]),
    gen('random', 'random', { en: 'random values and β', zh: '随机的值与 β' }, 8, (rng) => [rng.vector(rng.int(1, 30), -10, 10), rng.round(rng.uniform(0.05, 0.99), 3), rng.random() < 0.5]),
    gen('random-corrected', 'random', { en: 'random values and β with bias correction', zh: '随机的值与 β，做偏差修正' }, 6, (rng) => [rng.vector(rng.int(2, 30), -10, 10), rng.round(rng.uniform(0.05, 0.99), 3), true]),
  ],
});
