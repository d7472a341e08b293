// Bad content fails loudly, naming the file and the field.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExercise, loadPublic } from '../src/lib/server/exercises';
import { mathProblems, strayContent, validateExercises } from '../src/lib/server/validate';

const root = join(import.meta.dirname, '..');
const dirs: string[] = [];

/** A fresh copy of linear-predict with one file replaced (modules are cached by path: a new folder each time). */
async function withFile(relative?: string, text?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nabla-content-'));
  dirs.push(dir);
  for (const part of ['exercises/linear-predict', 'reference/linear-predict']) {
    await cp(join(root, part), join(dir, part), { recursive: true });
  }
  await cp(join(root, 'graders/linear-predict.ts'), join(dir, 'graders/linear-predict.ts'));
  await cp(join(root, 'src/lib/engine'), join(dir, 'src/lib/engine'), { recursive: true }); // graders import it
  if (relative) await writeFile(join(dir, relative), text!);
  return dir;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const statement = (frontMatter: string) => `---\n${frontMatter}\n---\n\n# Body\n`;

describe('loading an exercise', () => {
  it('loads the real thing', async () => {
    const ex = await loadExercise('linear-predict', await withFile());
    expect(ex.meta.exports.map((e) => e.signature)).toEqual(['predict(X, w, b)']);
  });

  it('names the file and the field of bad front matter', async () => {
    const rel = 'exercises/linear-predict/statement.md';
    const load = async (text: string) => loadExercise('linear-predict', await withFile(rel, text));
    const one = await withFile(
      rel,
      statement('title: Linear predictions\nchapter: one\norder: 1\ndifficulty: easy\nexports: [predict(X, w, b)]\nhints: [a hint]'),
    );
    await expect(loadExercise('linear-predict', one)).rejects.toThrow(`${join(one, rel)}: chapter: Invalid input: expected number, received string`);
    await expect(
      load(statement('title: Linear predictions\nchapter: 1\norder: 1\ndifficulty: trivial\nexports: [predict(X, w, b)]\nhints: [a hint]')),
    ).rejects.toThrow(/statement\.md: difficulty: /);
    await expect(load('# no front matter')).rejects.toThrow(/statement\.md: missing front matter/);
    await expect(load(statement('title: [unclosed'))).rejects.toThrow(/statement\.md: front matter is not valid YAML/);
  });

  it('names the check and the field of a bad grader', async () => {
    const rel = 'graders/linear-predict.ts';
    const load = async (text: string) => loadExercise('linear-predict', await withFile(rel, text));
    const dup = await withFile(
      rel,
      `export default { checks: [
        { id: 'a', kind: 'example', name: 'first', call: 'predict', args: [] },
        { id: 'a', kind: 'hidden', name: 'second', call: 'predict', args: [] },
      ] };`,
    );
    await expect(loadExercise('linear-predict', dup)).rejects.toThrow(`${join(dup, rel)}: checks[1].id: duplicate check id 'a'`);
    await expect(load(`export default { checks: [{ id: 'a', kind: 'example', name: 'first', call: 'predicts', args: [] }] };`)).rejects.toThrow(
      /checks\[0\] \(a\)\.call: 'predicts' is not an export of the exercise \(predict\)/,
    );
    await expect(load(`export default { checks: [{ id: 'Bad Id', kind: 'example', name: 'first', call: 'predict' }] };`)).rejects.toThrow(
      /checks\[0\]\.id: ids are lowercase words joined by dashes.*checks\[0\]\.args: give exactly one of `args` and `generate`/,
    );
    await expect(load(`export default { checks: [{ id: 'a', kind: 'hidden', name: 'first', call: 'predict', args: [] }] };`)).rejects.toThrow(
      /checks: at least one check must be a visible example/,
    );
  });

  it('requires a hint on every known mistake and the exports in the reference', async () => {
    const noHint = await withFile('reference/linear-predict/mistakes/no-hint.js', 'export function predict() { return [] }');
    await expect(loadExercise('linear-predict', noHint)).rejects.toThrow(/no-hint\.js: export `hint = /);
    const renamed = await withFile('reference/linear-predict/solution.js', 'export function forecast() { return [] }');
    await expect(loadExercise('linear-predict', renamed)).rejects.toThrow(/solution\.js: does not export predict/);
  });
});

describe('mistakes written as edits', () => {
  const rel = 'reference/linear-predict/mistakes.ts';
  // linear-predict's solution has `let f = b;` once and `;` on several lines.
  const mistakes = (edits: string, name = 'no-bias-edit') => `import { defineMistakes } from '../../src/lib/engine/mistakes';
export default defineMistakes([
  { name: '${name}', hint: { en: 'Your predictions leave out the bias b.', zh: '你的预测漏掉了偏置 b。' }, edits: ${edits} },
]);
`;

  it('rebuilds an edited mistake from the solution and loads it like a file', async () => {
    const dir = await withFile(rel, mistakes(`[{ find: 'let f = b;', replace: 'let f = 0;' }]`));
    const ex = await loadExercise('linear-predict', dir);
    const m = ex.mistakes.find((m) => m.id === 'no-bias-edit')!;
    expect(m.file).toBe(`${join(dir, rel)}#no-bias-edit`);
    expect(m.source).toBe(ex.reference.source.replace('let f = b;', 'let f = 0;'));
    expect((m.module.predict as (X: number[][], w: number[], b: number) => number[])([[1, 2]], [1, 1], 5)).toEqual([3]);
    expect(ex.mistakes.map((m) => m.id)).toEqual(['bias-per-feature', 'no-bias-edit', 'no-bias']);
  });

  const fails = async (text: string, problem: RegExp) => {
    const dir = await withFile(rel, text);
    const [result] = await validateExercises(['linear-predict'], dir);
    expect(result.id).toBe('linear-predict');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(`${join(dir, rel)}#no-bias-edit: `);
    expect(result.problems[0]).toMatch(problem);
  };

  it('fails validate when a find no longer occurs in the solution', async () => {
    await fails(mistakes(`[{ find: 'let f = bias;', replace: 'let f = 0;' }]`), /edits\[0\]\.find "let f = bias;" does not occur in the solution$/);
  });

  it('fails validate when a find occurs more than once', async () => {
    await fails(mistakes(`[{ find: ';', replace: '' }]`), /edits\[0\]\.find ";" occurs \d+ times in the solution; it must occur exactly once/);
  });

  it('fails validate when a later edit no longer applies after the earlier ones', async () => {
    await fails(
      mistakes(`[{ find: 'let f = b;', replace: 'let f = 0;' }, { find: 'let f = b;', replace: 'let f = 1;' }]`),
      /edits\[1\]\.find "let f = b;" does not occur in the solution after edits\[0\.\.0\]/,
    );
  });

  it('fails validate when the edits leave the solution unchanged', async () => {
    await fails(mistakes(`[{ find: 'let f = b;', replace: 'let f = b;' }]`), /the edits leave the solution unchanged/);
  });

  it('takes a common mistake from the library by name, with its bilingual hint, and refuses an unknown one', async () => {
    const optIn = `import { defineMistakes } from '../../src/lib/engine/mistakes';
export default defineMistakes([{ common: 'forgot-bias', edits: [{ find: 'let f = b;', replace: 'let f = 0;' }] }]);
`;
    const ex = await loadExercise('linear-predict', await withFile(rel, optIn));
    const m = ex.mistakes.find((m) => m.id === 'common-forgot-bias')!;
    expect(m.common).toBe('opted-in');
    expect(m.hint.en).toMatch(/bias is left out/);
    expect(m.hint.zh).toMatch(/偏置/);
    await expect(loadExercise('linear-predict', await withFile(rel, optIn.replace("'forgot-bias'", "'no-such-slip'")))).rejects.toThrow(
      /mistakes\.ts#common-no-such-slip: no common mistake 'no-such-slip' in src\/lib\/server\/common-mistakes\.ts/,
    );
  });

  it('names the mistake and field of a malformed list, and a name used twice', async () => {
    await expect(loadExercise('linear-predict', await withFile(rel, mistakes(`[{ find: '', replace: 'x' }]`)))).rejects.toThrow(
      /mistakes\.ts: \[0\]\.edits\[0\]\.find: an empty `find` matches everywhere/,
    );
    await expect(loadExercise('linear-predict', await withFile(rel, mistakes(`[]`, 'No Bias')))).rejects.toThrow(
      /mistakes\.ts: \[0\]\.name: names are lowercase words joined by dashes.*\[0\]\.edits: /,
    );
    await expect(
      loadExercise('linear-predict', await withFile(rel, mistakes(`[{ find: 'let f = b;', replace: 'let f = 0;' }]`, 'no-bias'))),
    ).rejects.toThrow(/no-bias\.js: mistake 'no-bias' is also in mistakes\.ts: names are unique across both/);
  });
});

describe('stray content', () => {
  it('names folders and graders that do not add up to an exercise', async () => {
    const dir = await withFile();
    await mkdir(join(dir, 'exercises/half-done'), { recursive: true });
    await writeFile(join(dir, 'exercises/half-done/stub.js'), 'export function f() {}');
    await writeFile(join(dir, 'graders/orphan.ts'), 'export default {}');
    await mkdir(join(dir, 'reference/orphan'), { recursive: true });
    expect(await strayContent(dir)).toEqual([
      'exercises/half-done/ has no statement.md',
      'graders/orphan.ts has no exercise (no exercises/orphan/statement.md)',
      'reference/orphan/ has no exercise (no exercises/orphan/statement.md)',
    ]);
  });
});

describe('math in statements', () => {
  it('names the file and the formula that KaTeX cannot render', async () => {
    const original = await readFile(join(root, 'exercises/linear-predict/statement.md'), 'utf8');
    const dir = await withFile(
      'exercises/linear-predict/statement.md',
      original.replace(/\n# [^\n]*\n/, '\n# Predict\n\nBroken: $\\frac{1}{m$ here.\n'),
    );
    const problems = mathProblems(await loadPublic('linear-predict', dir));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^statement\.md: math does not render: .*KaTeX parse error/);
    expect(mathProblems(await loadPublic('linear-predict', root))).toEqual([]);
  });
});

/** A copy the grading workers can load as they load the project (ES modules, its node_modules). */
async function gradable(dir: string) {
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }');
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

describe('feedback in both languages', () => {
  it('fails validate on a check name, a non-finite hint or a property message without Chinese', async () => {
    const grader = await readFile(join(root, 'graders/linear-predict.ts'), 'utf8');
    const twoHouses = "name: { en: 'two houses, two features (the worked example)', zh: '两套房子、两个特征（例题）' },";
    expect(grader).toContain(twoHouses);
    const englishOnly = grader
      .replace(twoHouses, "name: 'two houses, two features (the worked example)',\n      nonFiniteHint: 'English only',")
      .replace(
        '  ],\n});',
        `    {
      id: 'first-prediction',
      kind: 'property',
      name: { en: 'the first prediction', zh: '第一个预测' },
      call: 'predict',
      args: [[[1, 2]], [1, 1], 5],
      expect: 'none',
      property: ({ got }) => ((got as number[])[0] === 8 ? null : 'the first prediction should be 8'),
    },
  ],
});`,
      );
    const dir = await withFile('graders/linear-predict.ts', englishOnly);
    await gradable(dir);
    const [result] = await validateExercises(['linear-predict'], dir);
    expect(result.problems).toEqual([
      `graders/linear-predict.ts: checks[0] (two-houses).name has no Chinese: write { en: "two houses, two features (the worked example)", zh: '…' }`,
      'graders/linear-predict.ts: checks[0] (two-houses).nonFiniteHint has no Chinese: write { en, zh }',
      'graders/linear-predict.ts: check first-prediction returned a message without Chinese (“the first prediction should be 8”): return { en, zh } from property/compare/calls',
    ]);
  });

  it('passes the real grader, whose every name has a Chinese form', async () => {
    const dir = await withFile();
    await gradable(dir);
    const [result] = await validateExercises(['linear-predict'], dir);
    expect(result.problems).toEqual([]);
  });
});
