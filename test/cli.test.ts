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

  it('scaffolds the parts of an exercise from the catalog, and never overwrites', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nabla-new-'));
    scratch.push(dir);
    const env = { NABLA_ROOT: dir, NABLA_CATALOG: join(root, '..', 'shared', 'curriculum.md') };
    const r = await cli('new.ts', ['mse-cost'], env);
    expect(r.code).toBe(0);
    expect((await readdir(join(dir, 'exercises', 'mse-cost'))).sort()).toEqual(['statement.md', 'statement.zh.md', 'stub.js']);
    expect(await readdir(join(dir, 'reference', 'mse-cost', 'mistakes'))).toHaveLength(1);
    const grader = await readFile(join(dir, 'graders', 'mse-cost.ts'), 'utf8');
    expect(grader).toMatch(/call: 'computeCost'/);
    const statement = await readFile(join(dir, 'exercises', 'mse-cost', 'statement.md'), 'utf8');
    expect(statement).toMatch(/- computeCost\(X, y, w, b\)/);
    const again = await cli('new.ts', ['mse-cost'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/refusing to overwrite/);
    const bad = await cli('new.ts', ['Bad_Id'], env);
    expect(bad.code).toBe(2);
  });

  it('produces an exercise that validate rejects until it is written', async () => {
    const dir = scratch[0];
    const r = await cli('validate.ts', ['mse-cost'], { NABLA_ROOT: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ mse-cost/);
  });
});
