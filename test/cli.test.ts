// The commands as a user runs them: exit codes and output.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..');

async function cli(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', join(root, 'src/cli', script), ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run grade', () => {
  it('exits 0 and says PASS for a correct solution', async () => {
    const r = await cli('grade.ts', ['linear-predict', 'test/fixtures/linear-predict-correct.js']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/linear-predict: (\d+)\/\1 checks passed/);
    expect(r.stdout.trim().endsWith('PASS')).toBe(true);
  });

  it('exits 1 for a wrong solution, with the message and the recognised mistake', async () => {
    const r = await cli('grade.ts', ['linear-predict', 'reference/linear-predict/mistakes/no-bias.js', '--seed', '3']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/element 0: expected 0\.5, got -1\.5/);
    expect(r.stdout).toMatch(/Recognised mistake \(no-bias\)/);
    expect(r.stdout).toMatch(/seed 3/);
  });

  it('speaks Chinese with --lang zh: check names, messages and the mistake', async () => {
    const r = await cli('grade.ts', ['linear-predict', 'reference/linear-predict/mistakes/no-bias.js', '--seed', '3', '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/linear-predict: 通过 \d+\/\d+ 项检查/);
    expect(r.stdout).toContain('✗ 两套房子、两个特征（例题） [example · two-houses]');
    expect(r.stdout).toMatch(/第 0 个元素：期望 0\.5，得到 -1\.5/);
    expect(r.stdout).toMatch(/识别出的常见错误 \(no-bias\)：?/);
    const json = await cli('grade.ts', ['linear-predict', 'reference/linear-predict/mistakes/no-bias.js', '--seed', '3', '--lang', 'zh', '--json']);
    const report = JSON.parse(json.stdout);
    expect(report.checks[0]).toMatchObject({ name: '两套房子、两个特征（例题）' });
    expect(report.checks[0]).not.toHaveProperty('nameZh');
    const bad = await cli('grade.ts', ['linear-predict', 'reference/linear-predict/mistakes/no-bias.js', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang takes en or zh, not 'fr'/);
  });

  it('grades a known mistake with --mistake, written as edits or as a whole file', async () => {
    const edited = await cli('grade.ts', ['sigmoid', '--mistake', 'sign-flipped', '--seed', '3']);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(/Recognised mistake \(sign-flipped\)/);
    const whole = await cli('grade.ts', ['linear-predict', '--mistake', 'no-bias', '--json', '--seed', '3']);
    expect(whole.code).toBe(1);
    expect(JSON.parse(whole.stdout).mistake.id).toBe('no-bias');
    const unknown = await cli('grade.ts', ['linear-predict', '--mistake', 'no-such-thing']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no mistake 'no-such-thing' in linear-predict\. Mistakes: bias-per-feature, no-bias/);
    const both = await cli('grade.ts', ['linear-predict', 'reference/linear-predict/solution.js', '--mistake', 'no-bias']);
    expect(both.code).toBe(2);
  });

  it('prints exactly the report with --json, and a stub errors', async () => {
    const r = await cli('grade.ts', ['linear-predict', 'exercises/linear-predict/stub.js', '--json', '--seed', '9']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ exercise: 'linear-predict', status: 'fail', seed: 9, mode: 'submit', passed: 0 });
    expect(report.checks[0].message).toMatch(/predict threw Error: not implemented \(line \d+, column \d+\)/);
  });

  it('reproduces a run from its seed', async () => {
    const [a, b] = await Promise.all([
      cli('grade.ts', ['linear-predict', 'reference/linear-predict/mistakes/bias-per-feature.js', '--json', '--seed', '42']),
      cli('grade.ts', ['linear-predict', 'reference/linear-predict/mistakes/bias-per-feature.js', '--json', '--seed', '42']),
    ]);
    const strip = (s: string) => JSON.parse(s).checks.map((c: { id: string; message?: string }) => [c.id, c.message]);
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
  });

  it('exits 1 with the line of a syntax error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nabla-'));
    const file = join(dir, 'broken.js');
    await (await import('node:fs/promises')).writeFile(file, 'export function predict(X, w, b) {\n  return X.map(r => ;\n}\n');
    const r = await cli('grade.ts', ['linear-predict', file, '--json']);
    await rm(dir, { recursive: true });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.status).toBe('error');
    expect(report.error).toMatchObject({ kind: 'syntax', line: 2 });
  });

  it('exits 2 for an unknown exercise, an unreadable file or bad flags', async () => {
    const unknown = await cli('grade.ts', ['no-such-exercise', 'test/fixtures/linear-predict-correct.js']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown exercise 'no-such-exercise'/);
    const missing = await cli('grade.ts', ['linear-predict', 'does/not/exist.js']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read does\/not\/exist\.js: ENOENT/);
    const flags = await cli('grade.ts', ['linear-predict']);
    expect(flags.code).toBe(2);
    expect(flags.stderr).toMatch(/usage: npm run grade/);
    const seed = await cli('grade.ts', ['linear-predict', 'test/fixtures/linear-predict-correct.js', '--seed', 'abc']);
    expect(seed.code).toBe(2);
  });
});

describe('npm run new', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const d of scratch) await rm(d, { recursive: true, force: true });
  });
  const tempRoot = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nabla-new-'));
    scratch.push(dir);
    return dir;
  };

  it('scaffolds the parts of an exercise from its own arguments, and never overwrites', async () => {
    const dir = await tempRoot();
    const env = { NABLA_ROOT: dir };
    const r = await cli('new.ts', ['mse-cost', '--exports', 'computeCost(X, y, w, b)', '--chapter', '1', '--title', 'The squared-error cost'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/guessed/);
    expect((await readdir(join(dir, 'exercises', 'mse-cost'))).sort()).toEqual(['statement.md', 'statement.zh.md', 'stub.js']);
    expect((await readdir(join(dir, 'reference', 'mse-cost'))).sort()).toEqual(['mistakes.ts', 'solution.js']);
    const mistakes = await readFile(join(dir, 'reference', 'mse-cost', 'mistakes.ts'), 'utf8');
    expect(mistakes).toMatch(/defineMistakes\(\[/);
    expect(mistakes).toMatch(/find: "throw new Error\('TODO: reference solution'\);"/);
    const grader = await readFile(join(dir, 'graders', 'mse-cost.ts'), 'utf8');
    expect(grader).toMatch(/call: 'computeCost'/);
    const statement = await readFile(join(dir, 'exercises', 'mse-cost', 'statement.md'), 'utf8');
    expect(statement).toMatch(/- computeCost\(X, y, w, b\)/);
    expect(statement).toMatch(/title: "The squared-error cost"/);
    const stub = await readFile(join(dir, 'exercises', 'mse-cost', 'stub.js'), 'utf8');
    expect(stub).toMatch(/export function computeCost\(X, y, w, b\)/);
    const again = await cli('new.ts', ['mse-cost', '--exports', 'computeCost(X, y, w, b)'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/refusing to overwrite/);
    const bad = await cli('new.ts', ['Bad_Id'], env);
    expect(bad.code).toBe(2);
  });

  it('says what it guessed when nobody is there to ask', async () => {
    const dir = await tempRoot();
    const r = await cli('new.ts', ['feature-map'], { NABLA_ROOT: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/guessed: exports featureMap\(x\)/);
    expect(r.stdout).toMatch(/guessed: chapter 1/);
    expect(r.stdout).toMatch(/guessed: title "Feature map"/);
  });

  it('refuses exports, chapters and catalogs it cannot use', async () => {
    const dir = await tempRoot();
    const env = { NABLA_ROOT: dir };
    const exportsBad = await cli('new.ts', ['x-y', '--exports', 'not a signature'], env);
    expect(exportsBad.code).toBe(2);
    expect(exportsBad.stderr).toMatch(/--exports: cannot read 'not a signature'/);
    const chapterBad = await cli('new.ts', ['x-y', '--exports', 'f(a)', '--chapter', 'two'], env);
    expect(chapterBad.code).toBe(2);
    expect(chapterBad.stderr).toMatch(/--chapter takes a whole number/);
    const noCatalog = await cli('new.ts', ['x-y', '--catalog', join(dir, 'missing.md')], env);
    expect(noCatalog.code).toBe(2);
    expect(noCatalog.stderr).toMatch(/no catalog at/);
    const noRow = await cli('new.ts', ['x-y', '--catalog', 'test/fixtures/catalog.md'], env);
    expect(noRow.code).toBe(2);
    expect(noRow.stderr).toMatch(/has no row for 'x-y'/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes exports and chapter from a catalog row when given one', async () => {
    const dir = await tempRoot();
    const r = await cli('new.ts', ['sigmoid', '--catalog', 'test/fixtures/catalog.md', '--title', 'Sigmoid'], { NABLA_ROOT: dir });
    expect(r.code).toBe(0);
    const statement = await readFile(join(dir, 'exercises', 'sigmoid', 'statement.md'), 'utf8');
    expect(statement).toMatch(/chapter: 2/);
    expect(statement).toMatch(/- sigmoid\(z\)\n  - sigmoidGrad\(z\)/);
  });

  it('produces an exercise that validate rejects until it is written', async () => {
    const dir = scratch[0];
    const r = await cli('validate.ts', ['mse-cost'], { NABLA_ROOT: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ mse-cost/);
  });
});

describe('npm run check:catalog', () => {
  it('fails loudly without a catalog', async () => {
    const none = await cli('check-catalog.ts', []);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/expected the path of the catalog/);
    const missing = await cli('check-catalog.ts', ['/no/such/curriculum.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no catalog at \/no\/such\/curriculum\.md/);
  });

  it('passes on a catalog that matches every exercise, and names a mismatch', async () => {
    const { listExerciseIds, loadPublic } = await import('../src/lib/server/exercises');
    const ids = await listExerciseIds(root);
    const rows = await Promise.all(ids.map(async (id) => ({ id, meta: (await loadPublic(id, root)).meta })));
    const table = (wrong?: string) =>
      rows
        .map(({ id, meta }) => {
          const exports = meta.exports.map((e) => `\`${id === wrong ? e.signature.replace('(', 'X(') : e.signature}\``).join(', ');
          return `## Chapter ${meta.chapter} — c\n\n| id | exports | semantics |\n|---|---|---|\n| \`${id}\` | ${exports.replace(/\|/g, '\\|')} | s |\n`;
        })
        .join('\n');
    const dir = await mkdtemp(join(tmpdir(), 'nabla-catalog-'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'good.md'), table());
    await writeFile(join(dir, 'bad.md'), table('mse-cost'));
    const good = await cli('check-catalog.ts', [join(dir, 'good.md')]);
    const bad = await cli('check-catalog.ts', [join(dir, 'bad.md')]);
    await rm(dir, { recursive: true });
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(new RegExp(`${ids.length} of ${ids.length} exercises match`));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✗ mse-cost exports .*computeCostX/);
  });
});
