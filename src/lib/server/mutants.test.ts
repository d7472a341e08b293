// The mutant generator behind `npm run validate -- --mutants`: each operator on a small source,
// ids that do not change from one run to the next, and stale equivalence declarations as errors.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mutateExercises, sampleMutants } from './mutation';
import { generateMutants, MUTANT_OPERATORS, staleDeclarations } from './mutants';
import { GradingPool } from './pool';

const SOURCE = `export function f(a, i, x) {
  if (x < 0) throw new Error('negative ' + x);
  let s = 0;
  s += a[i] * 2;
  const t = -x + Math.log(x);
  g(s, t);
  return x > 1 && s <= 0.5 ? s - t : Math.max(s, 1);
}
function g(u, v) {}
`;

const mutants = generateMutants(SOURCE);
const byId = new Map(mutants.map((m) => [m.id, m]));
const mutated = (id: string) => {
  const m = byId.get(id);
  if (!m) throw new Error(`no mutant '${id}' among:\n${[...byId.keys()].join('\n')}`);
  return m;
};

describe('mutants of a small source', () => {
  it.each([
    ['arithmetic 4:13 * → /', 's += a[i] / 2;'],
    ['arithmetic 4:5 += → -=', 's -= a[i] * 2;'],
    ['arithmetic 7:32 - → +', 'return x > 1 && s <= 0.5 ? s + t : Math.max(s, 1);'],
    ['relational 2:9 < → >', "if (x > 0) throw new Error('negative ' + x);"],
    ['boundary 7:21 <= → <', 'return x > 1 && s < 0.5 ? s - t : Math.max(s, 1);'],
    ['logical 7:16 && → ||', 'return x > 1 || s <= 0.5 ? s - t : Math.max(s, 1);'],
    ['constant 3:11 0 → 1', 'let s = 1;'],
    ['constant 4:15 2 → 0.5', 's += a[i] * 0.5;'],
    ['constant 7:24 0.5 → 1', 'return x > 1 && s <= 1 ? s - t : Math.max(s, 1);'],
    ['math 5:18 Math.log → Math.log2', 'const t = -x + Math.log2(x);'],
    ['math 7:38 Math.max → Math.min', 'return x > 1 && s <= 0.5 ? s - t : Math.min(s, 1);'],
    ['index 4:10 i → i + 1', 's += a[i + 1] * 2;'],
    ['index 4:10 i → i - 1', 's += a[i - 1] * 2;'],
    ['negation 5:13 -x → x', 'const t = x + Math.log(x);'],
    ['negation 5:13 -x + Math.log(x) → -(-x + Math.log(x))', 'const t = -(-x + Math.log(x));'],
    ['statement 6:3 g(s, t); → (removed)', ''],
    ['guard 2:3 if (x < 0) → (removed)', ''],
    ['arguments 6:5 s, t → t, s', 'g(t, s);'],
  ])('%s', (id, line) => {
    const m = mutated(id);
    expect(m.after).toBe(line);
    // Only the mutated range differs from the reference.
    expect(m.source.slice(0, m.start)).toBe(SOURCE.slice(0, m.start));
    expect(m.source.slice(m.start + m.replacement.length)).toBe(SOURCE.slice(m.end));
  });

  it('covers every operator, and leaves error messages and commuting arguments alone', () => {
    expect(new Set(mutants.map((m) => m.operator))).toEqual(new Set(MUTANT_OPERATORS));
    // The message `'negative ' + x` is not arithmetic; Math.max(s, 1) = Math.max(1, s).
    expect(mutants.filter((m) => m.line === 2 && m.operator === 'arithmetic')).toEqual([]);
    expect(mutants.some((m) => m.id.startsWith('arguments 7:'))).toBe(false);
  });

  it('gives unique ids that are the same on every run', () => {
    expect(new Set(mutants.map((m) => m.id)).size).toBe(mutants.length);
    expect(generateMutants(SOURCE).map((m) => m.id)).toEqual(mutants.map((m) => m.id));
    expect(sampleMutants('x', mutants, 5).map((m) => m.id)).toEqual(sampleMutants('x', generateMutants(SOURCE), 5).map((m) => m.id));
    expect(sampleMutants('x', mutants, 5)).toHaveLength(5);
  });

  it('refuses a source that does not parse', () => {
    expect(() => generateMutants('export function f( {')).toThrow(/Unexpected token/);
  });
});

describe('declared equivalent mutants', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('finds a declaration that matches no mutant', () => {
    expect(staleDeclarations({ 'constant 3:11 0 → 1': 'the start does not matter', 'constant 99:1 0 → 1': 'gone' }, mutants)).toEqual([
      'constant 99:1 0 → 1',
    ]);
  });

  it('reports a stale declaration as a problem of the exercise', async () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const dir = await mkdtemp(join(tmpdir(), 'nabla-mutants-'));
    dirs.push(dir);
    for (const part of ['exercises/linear-predict', 'reference/linear-predict', 'src/lib/engine', 'src/lib/protocol'])
      await cp(join(root, part), join(dir, part), { recursive: true });
    const grader = await readFile(join(root, 'graders/linear-predict.ts'), 'utf8');
    const declared = grader.replace(/\n\}\);\s*$/, "\n  equivalentMutants: { 'constant 1:1 7 → 8': 'no such mutant: a stale declaration' },\n});\n");
    expect(declared).not.toBe(grader);
    await mkdir(join(dir, 'graders'));
    await writeFile(join(dir, 'graders/linear-predict.ts'), declared);
    const pool = new GradingPool({ root: dir, size: 1, maxQueue: 100 });
    try {
      const [r] = await mutateExercises(['linear-predict'], { sample: 1 }, dir, pool);
      expect(r.problems).toEqual([expect.stringContaining("equivalentMutants['constant 1:1 7 → 8'] matches no mutant of the reference")]);
      expect(r.graded).toBe(1);
      expect(r.killed).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
