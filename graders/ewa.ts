import { compareValues, type Tolerance } from '../src/lib/engine/compare';
import { type CheckDef, defineGrader } from '../src/lib/engine/grader';
import type { Rng } from '../src/lib/engine/random';
import { num } from '../src/lib/engine/statistics';

// Values are compared with the reference; the message adds the setting. Which known mistake
// the learner's numbers follow is mistake recognition's job (reference/ewa/mistakes.ts).

function explain(got: unknown, expected: unknown, tol: Tolerance, args: unknown[]): string | null {
  const cmp = compareValues(got, expected, tol);
  if (cmp.ok) return null;
  const [values, beta, corr] = args as [number[], number, boolean];
  if (cmp.structural) {
    return Array.isArray(got) && got.length !== values.length
      ? `expected one average per value: ${values.length} numbers, got ${got.length}`
      : cmp.message ?? 'the result has the wrong shape';
  }
  return `${cmp.message} (β = ${num(beta)}, biasCorrection = ${corr})`;
}

const NON_FINITE = 'did something divide by 1 − β⁰ = 0? t counts from 1';

const check = (id: string, kind: CheckDef['kind'], name: string, args: unknown[]): CheckDef => ({
  id,
  kind,
  name,
  call: 'exponentialAverage',
  args,
  compare: explain,
  nonFiniteHint: NON_FINITE,
});

const gen = (id: string, kind: CheckDef['kind'], name: string, count: number, make: (rng: Rng) => unknown[]): CheckDef => ({
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
    check('three-days', 'example', 'three temperatures, β = 0.9, no bias correction (the worked example)', [TEMPS, 0.9, false]),
    check('three-days-corrected', 'example', 'the same three temperatures with bias correction', [TEMPS, 0.9, true]),
    check('beta-zero', 'edge', 'β = 0: the averages are the values themselves', [[3, -1, 4, 1.5, -5], 0, false]),
    check('beta-zero-corrected', 'edge', 'β = 0 with bias correction: still the values themselves', [[3, -1, 4, 1.5, -5], 0, true]),
    check('empty', 'edge', 'no values: []', [[], 0.9, false]),
    check('empty-corrected', 'edge', 'no values with bias correction: []', [[], 0.9, true]),
    check('single-corrected', 'edge', 'a single value with bias correction: the value itself', [[7.5], 0.9, true]),
    check('single', 'edge', 'a single value without correction: (1 − β)·θ₁', [[7.5], 0.9, false]),
    check('constant-corrected', 'edge', 'a constant sequence with bias correction: every output is the constant', [[4, 4, 4, 4, 4, 4], 0.8, true]),
    check('beta-near-one-corrected', 'edge', 'β = 0.999 with bias correction (1 − β^t is tiny at first)', [[2, 3, 1, 5, 4, 2, 6, 3], 0.999, true]),
    check('negative-values', 'hidden', 'negative and positive values, β = 0.7, corrected', [[-3, 5, -2, 0, 8, -6, 1], 0.7, true]),
    gen('year-of-temperatures', 'hidden', 'a year of daily temperatures, β = 0.9 (about 10 days averaged)', 1, (rng) => [temperatures(rng, 365), 0.9, false]),
    gen('year-of-temperatures-corrected', 'hidden', 'sixty days of temperatures, β = 0.98, with bias correction', 1, (rng) => [temperatures(rng, 60), 0.98, true]),
    gen('random', 'random', 'random values and β', 8, (rng) => [rng.vector(rng.int(1, 30), -10, 10), rng.round(rng.uniform(0.05, 0.99), 3), rng.random() < 0.5]),
    gen('random-corrected', 'random', 'random values and β with bias correction', 6, (rng) => [rng.vector(rng.int(2, 30), -10, 10), rng.round(rng.uniform(0.05, 0.99), 3), true]),
  ],
});
