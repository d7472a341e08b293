// npm run new -- <id> [--chapter N] [--title "…"]: scaffold the four parts of an exercise.
// Exports come from the catalog when it names the id. Never overwrites an existing file.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type CatalogExport, readCatalog } from '../lib/server/catalog';
import { contentRoot } from '../lib/server/exercises';
import { parseCli, runCommand, UsageError } from './args';

const USAGE = 'usage: npm run new -- <exercise-id> [--chapter N] [--title "Title"]';

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), { chapter: { type: 'string' }, title: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('expected one exercise id');
  const id = positionals[0];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new UsageError(`'${id}' is not a valid id: lowercase words joined by dashes, like mse-cost`);
  const root = contentRoot();
  const entry = readCatalog(root)?.find((e) => e.id === id);
  const exports: CatalogExport[] = entry?.exports.length ? entry.exports : [{ name: camel(id), params: ['x'], signature: `${camel(id)}(x)` }];
  const chapter = values.chapter !== undefined ? Number(values.chapter) : (entry?.chapter ?? 1);
  if (!Number.isInteger(chapter) || chapter < 1) throw new UsageError('--chapter takes a whole number ≥ 1');
  const title = values.title ?? (entry ? titleCase(id) : titleCase(id));

  const files: [string, string][] = [
    [join('exercises', id, 'statement.md'), statementEn(title, chapter, exports, entry?.semantics)],
    [join('exercises', id, 'statement.zh.md'), statementZh(title)],
    [join('exercises', id, 'stub.js'), moduleWith(exports, "throw new Error('not implemented');", true)],
    [join('reference', id, 'solution.js'), moduleWith(exports, "throw new Error('TODO: reference solution');", false)],
    [join('reference', id, 'mistakes', 'todo-first-mistake.js'), mistake(exports)],
    [join('graders', `${id}.ts`), grader(exports)],
  ];
  const existing = files.filter(([f]) => existsSync(join(root, f)));
  if (existing.length) throw new UsageError(`refusing to overwrite: ${existing.map(([f]) => f).join(', ')}`);
  for (const [f, text] of files) {
    await mkdir(join(root, f, '..'), { recursive: true });
    await writeFile(join(root, f), text, { flag: 'wx' });
    process.stdout.write(`created ${relative(process.cwd(), join(root, f)) || f}\n`);
  }
  process.stdout.write(`\nNext: write the statement, the reference and at least two mistakes, then\n  npm run validate -- ${id}\n`);
  return 0;
});

function camel(id: string) {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
function titleCase(id: string) {
  const s = id.replace(/-/g, ' ');
  return s[0].toUpperCase() + s.slice(1);
}
function sig(e: CatalogExport) {
  return e.params ? e.signature : `${e.name}(z)`;
}
function params(e: CatalogExport) {
  return (e.params ?? ['z']).map((p, i) => (p.startsWith('{') ? `options${i}` : p));
}
function statementEn(title: string, chapter: number, exports: CatalogExport[], semantics?: string) {
  return `---
title: ${title}
chapter: ${chapter}
order: 99
difficulty: medium
exports:
${exports.map((e) => `  - ${sig(e)}`).join('\n')}
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
title: ${title}
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
      const doc = docs ? `/**\n * TODO: what ${e.name} computes.\n *\n${ps.map((p) => ` * @param {number[][]} ${p} - TODO`).join('\n')}\n * @returns {number[]} TODO\n */\n` : '';
      return `${doc}export function ${e.name}(${ps.join(', ')}) {\n  ${body}\n}\n`;
    })
    .join('\n');
}
function mistake(exports: CatalogExport[]) {
  return `// A realistic wrong solution; the grader must fail it and recognise it.
export const hint = {
  en: 'TODO: name the mistake and how to fix it.',
  zh: 'TODO：指出错误以及如何改正。',
};

${moduleWith(exports, "throw new Error('TODO: the mistaken version');", false)}`;
}
function grader(exports: CatalogExport[]) {
  const e = exports[0];
  const args = params(e).map(() => '0').join(', ');
  return `import { defineGrader } from '../src/lib/engine/grader';

export default defineGrader({
  checks: [
    { id: 'example-1', kind: 'example', name: 'TODO the worked example', call: '${e.name}', args: [${args}] },
    {
      id: 'random',
      kind: 'random',
      name: 'random inputs',
      call: '${e.name}',
      count: 8,
      generate: (rng) => [${params(e).map(() => 'rng.uniform(-1, 1)').join(', ')}],
    },
  ],
});
`;
}
