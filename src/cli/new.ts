// npm run new -- <id> --exports "computeCost(X, y, w, b)" [--chapter N] [--title "…"] [--catalog FILE]
// Scaffold the parts of an exercise from the command's own arguments. Missing answers are asked
// for on a terminal; without one, what is guessed is said aloud. A catalog file is read only when
// --catalog names it. Never overwrites an existing file.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { type CatalogExport, parseExportList, readCatalogFile } from '../lib/server/catalog';
import { contentRoot } from '../lib/server/exercises';
import { parseCli, runCommand, UsageError } from './args';

const USAGE = `usage: npm run new -- <exercise-id> --exports "name(a, b)[; other(c)]" [--chapter N] [--title "Title"]
                     [--catalog path/to/curriculum.md]   take exports and chapter from a catalog row instead`;

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    exports: { type: 'string' },
    chapter: { type: 'string' },
    title: { type: 'string' },
    catalog: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('expected one exercise id');
  const id = positionals[0];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new UsageError(`'${id}' is not a valid id: lowercase words joined by dashes, like mse-cost`);
  const entry = values.catalog ? readCatalogFile(values.catalog).find((e) => e.id === id) : undefined;
  if (values.catalog && !entry) throw new UsageError(`${values.catalog} has no row for '${id}'`);
  const ask = asker();
  const guessed: string[] = [];

  let exportsText = values.exports ?? (entry ? undefined : await ask.question(`Exports of ${id} (e.g. computeCost(X, y, w, b)): `));
  let exports: CatalogExport[];
  if (exportsText !== undefined) exports = parseExportList(exportsText);
  else if (entry?.exports.length) exports = entry.exports;
  else exports = [];
  if (!exports.length) {
    if (exportsText && exportsText.trim())
      throw new UsageError(`--exports: cannot read '${exportsText}'; write signatures like "predict(X, w, b)" or "class Adam", separated by ';'`);
    exports = [{ name: camel(id), params: ['x'], signature: `${camel(id)}(x)` }];
    guessed.push(`exports ${exports[0].signature} (pass --exports "name(a, b)" to choose)`);
  }
  const missingParams = exports.filter((e) => !e.params);
  if (missingParams.length) throw new UsageError(`give the parameters of ${missingParams.map((e) => e.name).join(', ')}: --exports "name(a, b)"`);

  const chapterText = values.chapter ?? (entry ? String(entry.chapter) : await ask.question('Chapter (a whole number ≥ 1): '));
  let chapter = Number(chapterText);
  if (chapterText === undefined || chapterText.trim() === '') {
    chapter = 1;
    guessed.push('chapter 1 (pass --chapter N to choose)');
  } else if (!Number.isInteger(chapter) || chapter < 1 || chapter > 20) {
    throw new UsageError(`--chapter takes a whole number from 1 to 20, not '${chapterText}'`);
  }
  let title = values.title ?? (await ask.question(`Title [${titleCase(id)}]: `));
  if (!title?.trim()) {
    title = titleCase(id);
    if (values.title === undefined) guessed.push(`title "${title}" (pass --title "…" to choose)`);
  }
  ask.close();
  if (/[\n\r]/.test(title) || title.trim().length < 3) throw new UsageError('--title takes one line of at least 3 characters');

  const root = contentRoot();
  const files: [string, string][] = [
    [join('exercises', id, 'statement.md'), statementEn(title.trim(), chapter, exports, entry?.semantics)],
    [join('exercises', id, 'statement.zh.md'), statementZh(title.trim())],
    [join('exercises', id, 'stub.js'), moduleWith(exports, "throw new Error('not implemented');", true)],
    [join('reference', id, 'solution.js'), moduleWith(exports, "throw new Error('TODO: reference solution');", false)],
    [join('reference', id, 'mistakes.ts'), mistakes()],
    [join('graders', `${id}.ts`), grader(exports)],
  ];
  const existing = files.filter(([f]) => existsSync(join(root, f)));
  if (existing.length) throw new UsageError(`refusing to overwrite: ${existing.map(([f]) => f).join(', ')}`);
  for (const [f, text] of files) {
    await mkdir(join(root, f, '..'), { recursive: true });
    await writeFile(join(root, f), text, { flag: 'wx' });
    process.stdout.write(`created ${relative(process.cwd(), join(root, f)) || f}\n`);
  }
  for (const g of guessed) process.stdout.write(`guessed: ${g}\n`);
  process.stdout.write(
    `\nNext: write the statement, the reference and at least two mistakes (edits in mistakes.ts), then\n  npm run validate -- ${id}\n`,
  );
  return 0;
});

/** Questions on a terminal; `undefined` answers when nobody is there to ask (CI, pipes). */
function asker() {
  const rl = process.stdin.isTTY && process.stdout.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  return {
    question: async (q: string): Promise<string | undefined> => (rl ? rl.question(q) : undefined),
    close: () => rl?.close(),
  };
}

function camel(id: string) {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
function titleCase(id: string) {
  const s = id.replace(/-/g, ' ');
  return s[0].toUpperCase() + s.slice(1);
}
function params(e: CatalogExport) {
  return (e.params ?? ['z']).map((p, i) => (p.startsWith('{') ? `options${i}` : p));
}
function statementEn(title: string, chapter: number, exports: CatalogExport[], semantics?: string) {
  return `---
title: ${JSON.stringify(title)}
chapter: ${chapter}
order: 99
difficulty: medium
exports:
${exports.map((e) => `  - ${e.signature}`).join('\n')}
hints:
  - TODO a nudge in the right direction
  - TODO a more precise hint
  - TODO nearly the answer
---

# ${title}

TODO: the idea, in the words of the course notes.${semantics ? `\n\nCatalog: ${semantics}` : ''}

$$
TODO\\ formula
$$

## Your task

TODO: what each argument is, what to return and in what shape.

## Worked example

TODO: small numbers a learner can check by hand.

## Pitfalls

- TODO
`;
}
function statementZh(title: string) {
  return `---
title: ${JSON.stringify(title)}
hints:
  - TODO 提示一
  - TODO 提示二
  - TODO 提示三
---

# ${title}

TODO：中文题面。
`;
}
function moduleWith(exports: CatalogExport[], body: string, docs: boolean) {
  return exports
    .map((e) => {
      if (e.signature.startsWith('class ')) return `export class ${e.name} {\n  constructor() {\n    ${body}\n  }\n}\n`;
      const ps = params(e);
      const doc = docs
        ? `/**\n * TODO: what ${e.name} computes.\n *\n${ps.map((p) => ` * @param {number[][]} ${p} - TODO`).join('\n')}\n * @returns {number[]} TODO\n */\n`
        : '';
      return `${doc}export function ${e.name}(${ps.join(', ')}) {\n  ${body}\n}\n`;
    })
    .join('\n');
}
function mistakes() {
  return `import { defineMistakes } from '../../src/lib/engine/mistakes';

// Known mistakes, each a small edit of solution.js: every \`find\` must occur exactly once in it.
// A mistake that is a different program altogether goes whole in mistakes/<name>.js instead.
export default defineMistakes([
  {
    name: 'todo-first-mistake',
    hint: { en: 'TODO: name the mistake and how to fix it.', zh: 'TODO：指出错误以及如何改正。' },
    edits: [{ find: "throw new Error('TODO: reference solution');", replace: "throw new Error('TODO: the mistaken version');" }],
  },
]);
`;
}
function grader(exports: CatalogExport[]) {
  const e = exports[0];
  const args = params(e)
    .map(() => '0')
    .join(', ');
  // A class is driven by a small program run inside the sandbox: \`(m, ...args) => …\`.
  const call = e.signature.startsWith('class ') ? `run: '(m) => { const o = new m.${e.name}(); return TODO; }'` : `call: '${e.name}'`;
  return `import { defineGrader } from '../src/lib/engine/grader';

export default defineGrader({
  checks: [
    { id: 'example-1', kind: 'example', name: { en: 'TODO the worked example', zh: 'TODO 例题' }, ${call}, args: [${e.signature.startsWith('class ') ? '' : args}] },
    {
      id: 'random',
      kind: 'random',
      name: { en: 'random inputs', zh: '随机输入' },
      ${call},
      count: 8,
      generate: (rng) => [${
        e.signature.startsWith('class ')
          ? ''
          : params(e)
              .map(() => 'rng.uniform(-1, 1)')
              .join(', ')
      }],
    },
  ],
});
`;
}
