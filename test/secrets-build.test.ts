// The client bundle is built from public files only: build the app and prove that no
// reference or mistake source, and no input or expected value of a check that is not a
// visible example, is in anything the server sends to browsers (build/client).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './browser/server';
import { findAll, hiddenNumbers, numberTokens, publicText, referenceLines, squash } from './browser/secrets';

const TEXT = /\.(m?js|css|html|json|svg|txt|map|webmanifest)$/;

function clientFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...clientFiles(p));
    else if (TEXT.test(e)) out.push(p);
  }
  return out;
}

describe('the built client has no secrets', () => {
  let files: { file: string; text: string }[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    files = clientFiles(join(ROOT, 'build', 'client')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  }, 600_000);

  it('would notice a leak (the detectors on a planted bundle)', async () => {
    const { numbers } = await hiddenNumbers(ROOT, [1]);
    const [line] = await referenceLines(ROOT, publicText(ROOT));
    expect(numbers.length).toBeGreaterThan(0);
    const n = Number(numbers[0].value);
    const planted = `const a=${JSON.stringify([1, n])};function f(r){${line.line}}`;
    expect(numberTokens(planted).has(numbers[0].value)).toBe(true);
    expect(numberTokens(planted.replace(/\b0\./g, '.')).has(numbers[0].value)).toBe(true);
    expect(findAll([squash(line.line)], [{ name: 'planted.js', text: squash(planted) }])).toEqual([{ needle: squash(line.line), in: 'planted.js' }]);
    expect(findAll([squash(line.line)], [{ name: 'clean.js', text: squash(planted.replace(line.line, '')) }])).toEqual([]);
  }, 120_000);

  it('has a client build to scan', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files.some((f) => f.file.includes('run-worker'))).toBe(true);
  });

  it('contains no distinctive line or string of any reference solution or known mistake', async () => {
    const secrets = await referenceLines(ROOT, publicText(ROOT));
    expect(secrets.length).toBeGreaterThan(10);
    // Squashing removes whitespace only, so a line present verbatim is found squashed too.
    const bySquashed = new Map(secrets.map((s) => [squash(s.line), s]));
    const found = findAll(
      [...bySquashed.keys()],
      files.map((f) => ({ name: f.file, text: squash(f.text) })),
    );
    const leaks = found.map((f) => `${bySquashed.get(f.needle)!.file}: "${bySquashed.get(f.needle)!.line}" in ${f.in}`);
    expect(leaks).toEqual([]);
  });

  it('contains no input or expected value of a hidden, edge, random or property check', async () => {
    const { numbers, exercises, cases } = await hiddenNumbers(ROOT, [1, 2]);
    expect(exercises).toBeGreaterThan(0);
    expect(cases).toBeGreaterThan(exercises);
    const tokens = new Set<string>();
    for (const f of files) for (const t of numberTokens(f.text)) tokens.add(t);
    const leaks = numbers.filter((n) => tokens.has(n.value)).map((n) => `${n.exercise}/${n.check}: ${n.value}`);
    expect(leaks).toEqual([]);
  }, 120_000);
});
