import { beforeAll, describe, expect, it } from 'vitest';
import { nodeWasmSource } from '../sandbox/node';
import { SandboxEngine } from '../sandbox/sandbox';
import { fromWire, type Wire } from '../protocol/codec';
import { parseExport, type ExerciseMeta } from './exercise';
import { grade } from './grade';
import { defineGrader, fn, type GraderDef } from './grader';
import { moduleOracle } from './oracle';

// A small synthetic exercise: scale a matrix, with a function argument and an error case.
const meta: ExerciseMeta = {
  id: 'scale',
  chapter: 1,
  order: 1,
  difficulty: 'easy',
  title: { en: 'Scale' },
  exports: ['scale(X, k)', 'sumDraws(n, randn)', 'inverse(x)'].map(parseExport),
  hints: { en: ['a'], zh: [] },
};

const reference = {
  scale: (X: number[][], k: number) => X.map((r) => r.map((x) => x * k)),
  sumDraws: (n: number, randn: () => number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += randn();
    return s;
  },
  inverse: (x: number) => {
    if (x === 0) throw new Error('zero has no inverse');
    return 1 / x;
  },
};
const mistakes = [
  {
    id: 'adds-k',
    hint: { en: 'You add k instead of multiplying by it.' },
    module: { ...reference, scale: (X: number[][], k: number) => X.map((r) => r.map((x) => x + k)) },
  },
  {
    id: 'ignores-k',
    hint: { en: 'You return X unchanged.' },
    module: { ...reference, scale: (X: number[][]) => X.map((r) => [...r]) },
  },
];

const counter = () => {
  let i = 0;
  return () => ++i;
};

const grader: GraderDef = defineGrader({
  checks: [
    {
      id: 'ex',
      kind: 'example',
      name: 'two by two',
      call: 'scale',
      args: [
        [
          [1, 2],
          [3, 4],
        ],
        2,
      ],
    },
    { id: 'neg', kind: 'hidden', name: 'negative k', call: 'scale', args: [[[1, -2]], -3] },
    { id: 'rand', kind: 'random', name: 'random', call: 'scale', count: 3, generate: (rng) => [rng.matrix(2, 3), rng.uniform(-2, 2)] },
    { id: 'draws', kind: 'hidden', name: 'uses randn n times', call: 'sumDraws', args: [4, fn('randn', counter)], calls: 'same' },
    { id: 'zero', kind: 'error', name: 'zero', call: 'inverse', args: [0], throws: 'inverse' },
    {
      id: 'linear',
      kind: 'property',
      name: 'scaling twice multiplies',
      call: 'scale',
      args: [[[1, 2]], 2],
      property: ({ got, call }) => {
        const again = call('scale', got, 3) as number[][];
        return again[0][0] === 6 ? null : 'scale(scale(X, 2), 3) should be scale(X, 6)';
      },
    },
  ],
});

const correct = `
export function scale(X, k) { return X.map(r => r.map(x => x * k)); }
export function sumDraws(n, randn) { let s = 0; for (let i = 0; i < n; i++) s += randn(); return s; }
export function inverse(x) { if (x === 0) throw new Error('no inverse of 0'); return 1 / x; }
`;

let engine: SandboxEngine;
beforeAll(() => {
  engine = new SandboxEngine(nodeWasmSource);
});

const run = (source: string, opts: { seed?: number; mode?: 'run' | 'submit'; g?: GraderDef; budgetMs?: number } = {}) =>
  grade({
    budgetMs: opts.budgetMs,
    exercise: meta,
    grader: opts.g ?? grader,
    oracle: moduleOracle(reference, mistakes),
    source,
    mode: opts.mode ?? 'submit',
    seed: opts.seed ?? 7,
    engine,
  });

const byId = (r: Awaited<ReturnType<typeof run>>, id: string) => r.checks.find((c) => c.id === id)!;

describe('grade', () => {
  it('passes a correct submission, showing inputs and values only for examples', async () => {
    const r = await run(correct);
    expect(r.status).toBe('pass');
    expect(r.score).toBe(1);
    expect(r.total).toBe(8);
    expect(r.checks.map((c) => c.id)).toEqual(['ex', 'neg', 'rand-0', 'rand-1', 'rand-2', 'draws', 'zero', 'linear']);
    const ex = byId(r, 'ex');
    expect(ex.input).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
      2,
    ]);
    expect(ex.expected).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(ex.got).toEqual([
      [2, 4],
      [6, 8],
    ]);
    for (const c of r.checks.filter((c) => c.kind !== 'example')) {
      expect(c.input).toBeUndefined();
      expect(c.expected).toBeUndefined();
      expect(c.got).toBeUndefined();
    }
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('grades only the examples in run mode', async () => {
    const r = await run(correct, { mode: 'run' });
    expect(r.checks.map((c) => c.id)).toEqual(['ex']);
    expect(r.mode).toBe('run');
  });

  it('fails a wrong value with the cell, and recognises the known mistake', async () => {
    const r = await run(correct.replace('x * k', 'x + k'));
    expect(r.status).toBe('fail');
    // the largest error is named first
    expect(byId(r, 'ex').message).toBe('row 1, column 1: expected 8, got 6 (abs error 2 > tolerance 8e-5) (3 of 4 numbers wrong)');
    expect(byId(r, 'ex').wrong).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(r.mistake?.id).toBe('adds-k');
    expect(r.mistake?.hint.en).toMatch(/add k/);
  });

  it('recognises a different mistake as itself', async () => {
    const r = await run(correct.replace('r.map(x => x * k)', '[...r]'));
    expect(r.mistake?.id).toBe('ignores-k');
  });

  it('names no mistake when the submission is wrong in an unknown way', async () => {
    const r = await run(correct.replace('x * k', 'x * k * 10'));
    expect(r.status).toBe('fail');
    expect(r.mistake).toBeUndefined();
  });

  it('fails a submission that changes its argument, naming the argument and the cell', async () => {
    const r = await run(correct.replace('return X.map(r => r.map(x => x * k));', 'X[0][0] = 99; return [[2, 4], [6, 8]];'));
    expect(byId(r, 'ex').status).toBe('fail');
    expect(byId(r, 'ex').message).toBe('scale changed its argument X (row 0, column 0: was 1, now 99): work on a copy and return a new value');
  });

  it('names a structural change of an argument', async () => {
    const r = await run(correct.replace('return X.map(r => r.map(x => x * k));', 'X.push([0, 0]); return [[2, 4], [6, 8]];'));
    expect(byId(r, 'ex').message).toBe('scale changed its argument X (was a 2×2 matrix, now a 3×2 matrix): work on a copy and return a new value');
  });

  it('reports a missing export', async () => {
    const r = await run(correct.replace('export function scale', 'function scale'));
    expect(byId(r, 'ex').message).toMatch(/^solution\.js does not export a function `scale`/);
    expect(byId(r, 'draws').status).toBe('pass');
  });

  it('reports a syntax error with its line, as an error of the whole submission', async () => {
    const r = await run('export function scale(X, k) {\n  return X.map(r => r.map(x => x * k);\n}');
    expect(r.status).toBe('error');
    expect(r.error?.kind).toBe('syntax');
    expect(r.error?.line).toBe(2);
    expect(r.score).toBe(0);
    expect(r.checks.every((c) => c.status === 'error')).toBe(true);
  });

  it('reports a runtime error with its line', async () => {
    const r = await run(correct.replace('return X.map(r => r.map(x => x * k));', 'return X.nope.map(1);'));
    const ex = byId(r, 'ex');
    expect(ex.status).toBe('error');
    expect(ex.message).toMatch(/^scale threw TypeError: .* \(line 2, column \d+\)$/);
    expect(ex.line).toBe(2);
  });

  it('checks thrown errors by word, and a return where a throw was due', async () => {
    const wrongWord = await run(correct.replace("'no inverse of 0'", "'bad'"));
    expect(byId(wrongWord, 'zero').message).toBe('inverse threw Error: bad (line 4, column 53), but its message does not contain “inverse”');
    const noThrow = await run(correct.replace("if (x === 0) throw new Error('no inverse of 0'); ", ''));
    expect(byId(noThrow, 'zero').message).toBe('inverse should throw an Error whose message contains “inverse”, but it returned a number');
    const thrownString = await run(correct.replace("throw new Error('no inverse of 0')", "throw 'no inverse'"));
    expect(byId(thrownString, 'zero').message).toMatch(/throw an Error, not a plain value/);
  });

  it('compares calls of function arguments with the reference', async () => {
    const r = await run(correct.replace('for (let i = 0; i < n; i++) s += randn()', 'for (let i = 0; i <= n; i++) s += randn()'));
    // 1+2+3+4+5 = 15 vs 10: the value is wrong first
    expect(byId(r, 'draws').message).toMatch(/expected 10, got 15/);
    const calls = await run(
      correct.replace('for (let i = 0; i < n; i++) s += randn(); return s;', 'randn(); randn(); randn(); randn(); randn(); return 10;'),
    );
    expect(byId(calls, 'draws').message).toBe('randn was called 5 times, expected 4 times');
  });

  it('reports a calls() finding given in English and Chinese by its English form until messages are localised', async () => {
    const g = defineGrader({
      checks: [
        {
          id: 'draws',
          kind: 'hidden',
          name: { en: 'uses randn n times', zh: '调用 randn n 次' },
          call: 'sumDraws',
          args: [4, fn('randn', counter)],
          calls: (got, want) =>
            got.randn?.length === want.randn?.length
              ? null
              : { en: `randn: ${got.randn?.length} calls`, zh: `randn 被调用了 ${got.randn?.length} 次` },
        },
      ],
    });
    const r = await run(
      correct.replace('for (let i = 0; i < n; i++) s += randn(); return s;', 'randn(); randn(); randn(); randn(); randn(); return 10;'),
      { g },
    );
    expect(byId(r, 'draws').message).toBe('randn: 5 calls');
  });

  it('runs property checks that call the learner again', async () => {
    const r = await run(
      correct.replace('return X.map(r => r.map(x => x * k));', 'return X.length === 1 && X[0][0] === 2 ? [[7, 0]] : X.map(r => r.map(x => x * k));'),
    );
    expect(byId(r, 'linear').message).toBe('scale(scale(X, 2), 3) should be scale(X, 6)');
  });

  it('stops an infinite loop and skips the other checks of that function', async () => {
    const g = defineGrader({ ...grader, limits: { callTimeMs: 200, timeMs: 5000 } });
    const r = await run(correct.replace('return X.map(r => r.map(x => x * k));', 'while (true) {}'), { g });
    expect(byId(r, 'ex').status).toBe('error');
    expect(byId(r, 'ex').message).toBe('time limit of 200 ms exceeded in `scale` (an infinite loop?)');
    expect(byId(r, 'neg').status).toBe('skipped');
    expect(byId(r, 'neg').message).toMatch(/exceeded the time limit in an earlier check/);
    expect(byId(r, 'draws').status).toBe('pass');
  });

  it('a fast-lane budget caps the time limits and marks a report that hit it', async () => {
    const loop = correct.replace('return X.map(r => r.map(x => x * k));', 'while (true) {}');
    const r = await run(loop, { budgetMs: 100 });
    expect(r.budgetExceeded).toBe(true);
    expect(byId(r, 'ex').message).toMatch(/time limit of 100 ms/);
    const ok = await run(correct, { budgetMs: 100 });
    expect(ok.status).toBe('pass');
    expect(ok).not.toHaveProperty('budgetExceeded');
    // Never above the exercise's own limits: a budget beyond them changes nothing.
    const g = defineGrader({ ...grader, limits: { callTimeMs: 200, timeMs: 5000 } });
    const full = await run(loop, { g, budgetMs: 60_000 });
    expect(full).not.toHaveProperty('budgetExceeded');
    expect(byId(full, 'ex').message).toBe('time limit of 200 ms exceeded in `scale` (an infinite loop?)');
  });

  it('makes random cases a pure function of the seed', async () => {
    const seen = (seed: number) => {
      const inputs: unknown[] = [];
      const g = defineGrader({
        checks: [
          { id: 'ex', kind: 'example', name: 'example', call: 'scale', args: [[[1]], 1] },
          {
            id: 'r',
            kind: 'random',
            name: 'random',
            call: 'scale',
            count: 2,
            generate: (rng) => {
              const a = [rng.matrix(1, 2), rng.uniform()];
              inputs.push(a);
              return a;
            },
          },
        ],
      });
      return run(correct, { seed, g }).then(() => inputs);
    };
    const [a, b, c] = await Promise.all([seen(11), seen(11), seen(12)]);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('keeps console output, capped', async () => {
    const r = await run(correct.replace('export function scale(X, k) {', 'export function scale(X, k) { console.log("k is", k, [NaN, -0]);'));
    expect(r.console.lines[0]).toBe('k is 2 [NaN, -0]');
    expect(r.status).toBe('pass');
  });

  it('keeps NaN, infinities and −0 distinguishable in the report', async () => {
    const r = await run(correct.replace('return X.map(r => r.map(x => x * k));', 'return [[NaN, Infinity], [-0, -Infinity]];'));
    expect(fromWire(byId(r, 'ex').got as Wire)).toEqual([
      [NaN, Infinity],
      [-0, -Infinity],
    ]);
    expect(Object.is((fromWire(byId(r, 'ex').got as Wire) as number[][])[1][0], -0)).toBe(true);
  });
});
