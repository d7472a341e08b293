// Recognition per check and generic diagnosis, through the one `grade()` with a real sandbox.
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeWasmSource } from '../sandbox/node';
import { SandboxEngine } from '../sandbox/sandbox';
import { parseExport, type ExerciseMeta } from './exercise';
import { grade } from './grade';
import { defineGrader } from './grader';
import { moduleOracle } from './oracle';

const meta: ExerciseMeta = {
  id: 'stats',
  chapter: 1,
  order: 1,
  difficulty: 'easy',
  title: { en: 'Stats' },
  exports: ['variance(xs, ddof = 0)', 'normalise(xs)', 'logs(ps)', 'pairs(xs)', 'double(xs)'].map(parseExport),
  hints: { en: ['a'], zh: [] },
};

type Fns = Record<string, (...a: any[]) => unknown>;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x);
const reference: Fns = {
  variance: (xs: number[], ddof = 0) => {
    const mu = sum(xs) / xs.length;
    return sum(xs.map((x) => (x - mu) ** 2)) / (xs.length - ddof);
  },
  normalise: (xs: number[]) => {
    if (!xs.length) throw new Error('an empty list cannot be normalised');
    const s = sum(xs);
    return xs.map((x) => x / s);
  },
  logs: (ps: number[]) => ps.map((p) => Math.log(Math.max(p, 1e-12))),
  pairs: (xs: number[]) => xs.slice(1).map((x, i) => [xs[i], x]),
  double: (xs: number[]) => xs.map((x) => 2 * x),
};
const mistakes = [
  {
    id: 'sum-not-mean',
    hint: { en: 'You sum the squared deviations without dividing.' },
    module: {
      ...reference,
      variance: (xs: number[]) => {
        const mu = sum(xs) / xs.length;
        return sum(xs.map((x) => (x - mu) ** 2));
      },
    },
  },
  {
    id: 'crash-on-empty',
    hint: { en: 'An empty list reaches reduce without an initial value.' },
    module: {
      ...reference,
      normalise: (xs: number[]) => {
        const s = sum(xs);
        return xs.map((x) => x / s);
      },
    },
  },
  {
    id: 'plain-log',
    hint: { en: 'log(0) is −Infinity: clip p first.' },
    module: { ...reference, logs: (ps: number[]) => ps.map((p) => Math.log(p)) },
  },
  {
    id: 'big-epsilon',
    hint: { en: 'Your clip is far too coarse.' },
    module: { ...reference, logs: (ps: number[]) => ps.map((p) => Math.log(Math.max(p, 1e-4))) },
  },
  {
    id: 'pairs-missing-last',
    hint: { en: 'The last pair is missing.' },
    module: { ...reference, pairs: (xs: number[]) => xs.slice(1, -1).map((x, i) => [xs[i], x]) },
  },
];

/** Pairs in any order. */
const orderFree = (got: unknown, want: unknown) => {
  const key = (v: unknown) =>
    Array.isArray(v)
      ? v
          .map((p) => JSON.stringify(p))
          .sort()
          .join('|')
      : 'not an array';
  return key(got) === key(want) ? null : 'other pairs';
};

const grader = defineGrader({
  checks: [
    { id: 'var-ex', kind: 'example', name: 'four numbers', call: 'variance', args: [[1, 2, 3, 4]] },
    { id: 'var-rand', kind: 'random', name: 'random', call: 'variance', count: 3, generate: (rng) => [rng.vector(6)] },
    { id: 'var-sample', kind: 'hidden', name: 'sample variance', call: 'variance', args: [[1, 5, 2, 8], 1] },
    { id: 'norm-ex', kind: 'example', name: 'two numbers', call: 'normalise', args: [[1, 3]] },
    { id: 'norm-empty', kind: 'error', name: 'an empty list', call: 'normalise', args: [[]], throws: 'normalised' },
    { id: 'logs-ex', kind: 'example', name: 'two probabilities', call: 'logs', args: [[0.5, 0.25]] },
    { id: 'logs-zero', kind: 'edge', name: 'a zero probability', call: 'logs', args: [[0, 1, 0.5]] },
    { id: 'pairs-ex', kind: 'example', name: 'pairs', call: 'pairs', args: [[1, 2, 3, 4]], compare: orderFree },
    { id: 'double-ex', kind: 'example', name: 'double', call: 'double', args: [[1, 2, 3]] },
    { id: 'double-hidden', kind: 'hidden', name: 'double more', call: 'double', args: [[4, -1, 0.5, 7]] },
    { id: 'double-rand', kind: 'random', name: 'double random', call: 'double', count: 2, generate: (rng) => [rng.vector(4)] },
  ],
});

const correct = `
const sum = (xs) => xs.reduce((s, x) => s + x);
export function variance(xs, ddof = 0) { const mu = sum(xs) / xs.length; return sum(xs.map((x) => (x - mu) ** 2)) / (xs.length - ddof); }
export function normalise(xs) { if (!xs.length) throw new Error('an empty list cannot be normalised'); const s = sum(xs); return xs.map((x) => x / s); }
export function logs(ps) { return ps.map((p) => Math.log(Math.max(p, 1e-12))); }
export function pairs(xs) { const out = []; for (let i = 1; i < xs.length; i++) out.push([xs[i - 1], xs[i]]); return out; }
export function double(xs) { return xs.map((x) => x * 2); }
`;

let engine: SandboxEngine;
beforeAll(() => {
  engine = new SandboxEngine(nodeWasmSource);
});

const run = (source: string, named = true) =>
  grade({ exercise: meta, grader, oracle: moduleOracle(reference, named ? mistakes : []), source, mode: 'submit', seed: 3, engine });

describe('recognition per check', () => {
  it('passes the correct submission', async () => {
    expect((await run(correct)).status).toBe('pass');
  });

  it('names a mistake beside an unrelated slip, and says which failing checks it leaves unexplained', async () => {
    const src = correct.replace('/ (xs.length - ddof)', '').replace('x * 2', 'x * 3');
    const r = await run(src);
    expect(r.mistake?.id).toBe('sum-not-mean');
    expect(r.mistake?.explains?.sort()).toEqual(['var-ex', 'var-rand-0', 'var-rand-1', 'var-rand-2', 'var-sample']);
    expect(r.mistake?.unexplained?.sort()).toEqual(['double-ex', 'double-hidden', 'double-rand-0', 'double-rand-1']);
    // the unexplained checks get a generic diagnosis; the explained ones none
    expect(r.diagnoses?.map((d) => d.pattern)).toEqual(['factor']);
    expect(r.diagnoses?.[0].checks.sort()).toEqual(['double-ex', 'double-hidden', 'double-rand-0', 'double-rand-1']);
    expect(r.diagnoses?.[0].text.en).toMatch(/exactly 1\.5 times/);
  });

  it('compares error checks by the word the check demands, not by "both threw"', async () => {
    const wrongMessage = await run(correct.replace("'an empty list cannot be normalised'", "'bad input'"));
    expect(wrongMessage.status).toBe('fail');
    expect(wrongMessage.mistake).toBeUndefined();
    const crashes = await run(correct.replace("if (!xs.length) throw new Error('an empty list cannot be normalised'); ", ''));
    expect(crashes.mistake?.id).toBe('crash-on-empty');
  });

  it("uses the check's own comparison (pairs in any order)", async () => {
    const r = await run(correct.replace('for (let i = 1; i < xs.length; i++)', 'for (let i = xs.length - 2; i >= 1; i--)'));
    expect(r.checks.find((c) => c.id === 'pairs-ex')?.status).toBe('fail');
    expect(r.mistake?.id).toBe('pairs-missing-last');
  });

  it('matches the same slip loosely (NaN for −Infinity, another epsilon), below an exact match', async () => {
    const nan = await run(correct.replace('Math.log(Math.max(p, 1e-12))', '2 * Math.log(p) - Math.log(p)'));
    expect(nan.mistake).toMatchObject({ id: 'plain-log', closeness: 'loose' });
    const eps = await run(correct.replace('1e-12', '1e-5'));
    expect(eps.mistake).toMatchObject({ id: 'big-epsilon', closeness: 'loose' });
    const exact = await run(correct.replace('1e-12', '1e-4'));
    expect(exact.mistake).toMatchObject({ id: 'big-epsilon', closeness: 'exact' });
  });

  it('never names a mistake that explains nothing', async () => {
    const r = await run(correct.replace('x * 2', 'x * 2 + 1'));
    expect(r.mistake).toBeUndefined();
  });
});

describe('generic diagnosis', () => {
  it('says "exactly 2 times" in English and Chinese when named recognition has nothing', async () => {
    const r = await run(
      correct.replace(
        'return sum(xs.map((x) => (x - mu) ** 2)) / (xs.length - ddof)',
        'return 2 * sum(xs.map((x) => (x - mu) ** 2)) / (xs.length - ddof)',
      ),
      false,
    );
    expect(r.mistake).toBeUndefined();
    const d = r.diagnoses?.find((x) => x.pattern === 'factor');
    expect(d?.text.en).toMatch(/exactly 2 times the expected one/);
    expect(d?.text.zh).toMatch(/2 倍/);
    expect(d?.checks).toContain('var-ex');
  });

  it('names an argument changed in place, and where', async () => {
    const r = await run(
      correct.replace(
        'const s = sum(xs); return xs.map((x) => x / s);',
        'const s = sum(xs); for (let i = 0; i < xs.length; i++) xs[i] /= s; return xs;',
      ),
    );
    const d = r.diagnoses?.find((x) => x.pattern === 'mutation');
    expect(d?.text.en).toMatch(/normalise changes its argument xs in place \(element 0: was 1, now 0\.25\)/);
    expect(d?.text.zh).toMatch(/原地修改了参数 xs/);
  });

  it('finds checks that fail exactly when an optional argument is left out (a wrong default)', async () => {
    const r = await run(correct.replace('ddof = 0', 'ddof = 1'), false);
    const d = r.diagnoses?.find((x) => x.pattern === 'default');
    expect(d?.text.en).toMatch(/leaves out the argument ddof of variance/);
    expect(d?.checks.sort()).toEqual(['var-ex', 'var-rand-0', 'var-rand-1', 'var-rand-2']);
  });

  it('tells where a NaN first appears', async () => {
    const r = await run(correct.replace('Math.log(Math.max(p, 1e-12))', 'p === 1 ? NaN : Math.log(Math.max(p, 1e-12))'), false);
    const d = r.diagnoses?.find((x) => x.pattern === 'non-finite');
    expect(d?.text.en).toMatch(/the first NaN appears at element 1 \(expected 0\)/);
  });

  it('says nothing when no pattern holds exactly', async () => {
    const r = await run(correct.replace('x * 2', 'x * 2 + (x > 0 ? 1 : 0)'), false);
    expect(r.status).toBe('fail');
    expect(r.diagnoses).toBeUndefined();
  });
});
