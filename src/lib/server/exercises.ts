// Reading exercises from disk: public parts (exercises/<id>/), checks (graders/<id>.ts) and
// the hidden reference with its known-wrong variants (reference/<id>/). Server, CLI and CI
// only: nothing here may reach the browser.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ExerciseMeta, parseExercise, type Statement } from '../engine/exercise';
import { ContentError, type GraderDef, parseGrader } from '../engine/grader';
import { applyEdits, isCommonUse, parseMistakes } from '../engine/mistakes';
import { applyRewrite, COMMON_MISTAKES, commonMistake } from './common-mistakes';
import { type ModuleExports, moduleOracle, type Oracle } from '../engine/oracle';
import type { LocalizedText } from '../engine/types';

export interface MistakeModule {
  id: string;
  hint: LocalizedText;
  module: ModuleExports;
  /** mistakes/<name>.js, or mistakes.ts#<name> for a mistake written as edits. */
  file: string;
  /** The full source (rebuilt from the solution for edits). */
  source: string;
  /** From the cross-exercise library (server/common-mistakes.ts): opted in, or applied automatically. */
  common?: 'opted-in' | 'automatic';
}

export interface LoadedExercise {
  meta: ExerciseMeta;
  statement: Statement;
  stub: string;
  stubFile: string;
  grader: GraderDef;
  reference: { module: ModuleExports; source: string; file: string };
  mistakes: MistakeModule[];
  oracle(): Oracle;
}

/** The folder holding exercises/, graders/ and reference/: NABLA_ROOT, else the working directory. */
export function contentRoot(): string {
  return resolve(process.env.NABLA_ROOT ?? process.cwd());
}

export type ModuleImporter = (file: string) => Promise<Record<string, unknown>>;

const importFile: ModuleImporter = (file) => import(/* @vite-ignore */ pathToFileURL(file).href);

/**
 * A mistake written as edits is a module with no file: imported from its source as a data: URL
 * (Node and Vite's module runner both import those natively; a reference has no imports).
 */
export const importSource = (source: string): Promise<Record<string, unknown>> =>
  import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source, 'utf8').toString('base64')}`);

export async function listExerciseIds(root = contentRoot()): Promise<string[]> {
  const dir = join(root, 'exercises');
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'statement.md')))
    .map((e) => e.name)
    .sort();
}

export async function exerciseExists(id: string, root = contentRoot()): Promise<boolean> {
  return /^[a-z0-9-]+$/.test(id) && existsSync(join(root, 'exercises', id, 'statement.md'));
}

/** The public part: statement, metadata and stub. */
export async function loadPublic(id: string, root = contentRoot()) {
  const dir = join(root, 'exercises', id);
  const paths = { en: join(dir, 'statement.md'), zh: join(dir, 'statement.zh.md') };
  const en = await readText(paths.en);
  const zh = existsSync(paths.zh) ? await readText(paths.zh) : undefined;
  const { meta, statement } = parseExercise(id, { en, zh }, paths);
  const stubFile = join(dir, 'stub.js');
  const stub = await readText(stubFile);
  return { meta, statement, stub, stubFile };
}

export async function loadExercise(id: string, root = contentRoot(), importer: ModuleImporter = importFile): Promise<LoadedExercise> {
  const pub = await loadPublic(id, root);
  const exportNames = pub.meta.exports.map((e) => e.name);

  const graderFile = join(root, 'graders', `${id}.ts`);
  if (!existsSync(graderFile)) throw new ContentError(graderFile, 'missing grader');
  const graderModule = await importer(graderFile);
  const grader = parseGrader(graderModule.default, graderFile, exportNames);

  const refDir = join(root, 'reference', id);
  const refFile = join(refDir, 'solution.js');
  if (!existsSync(refFile)) throw new ContentError(refFile, 'missing reference solution');
  const reference = { module: await importer(refFile), source: await readText(refFile), file: refFile };
  for (const name of exportNames) {
    if (!(name in reference.module)) throw new ContentError(refFile, `does not export ${name}`);
  }

  const mistakes = await loadMistakes(refDir, reference.source, importer);

  return {
    ...pub,
    grader,
    reference,
    mistakes,
    oracle: () =>
      moduleOracle(
        reference.module,
        mistakes.map((m) => ({ ...m, common: Boolean(m.common) })),
      ),
  };
}

/** The known mistakes: edits in reference/<id>/mistakes.ts, whole files in reference/<id>/mistakes/. */
export async function loadMistakes(refDir: string, solution: string, importer: ModuleImporter = importFile): Promise<MistakeModule[]> {
  const out: MistakeModule[] = [];
  const editsFile = join(refDir, 'mistakes.ts');
  if (existsSync(editsFile)) {
    const parsed = parseMistakes((await importer(editsFile)).default);
    if (!parsed.ok) throw new ContentError(editsFile, parsed.problems);
    for (const entry of parsed.mistakes) {
      const lib = isCommonUse(entry) ? commonMistake(entry.common) : undefined;
      if (isCommonUse(entry) && !lib)
        throw new ContentError(`${editsFile}#common-${entry.common}`, `no common mistake '${entry.common}' in src/lib/server/common-mistakes.ts`);
      const m = isCommonUse(entry) ? { name: `common-${entry.common}`, hint: lib!.hint, edits: entry.edits } : entry;
      const file = `${editsFile}#${m.name}`;
      const rebuilt = applyEdits(solution, m.edits);
      if (!rebuilt.ok) throw new ContentError(file, rebuilt.problem);
      let module: Record<string, unknown>;
      try {
        module = await importSource(rebuilt.source);
      } catch (e) {
        throw new ContentError(file, `the edited solution does not load: ${(e as Error).message}`);
      }
      out.push({ id: m.name, hint: m.hint, module, file, source: rebuilt.source, ...(lib ? { common: 'opted-in' as const } : {}) });
    }
  }
  const mistakesDir = join(refDir, 'mistakes');
  if (existsSync(mistakesDir)) {
    for (const f of (await readdir(mistakesDir)).filter((f) => f.endsWith('.js')).sort()) {
      const file = join(mistakesDir, f);
      const id = f.replace(/\.js$/, '');
      if (out.some((m) => m.id === id)) throw new ContentError(file, `mistake '${id}' is also in mistakes.ts: names are unique across both`);
      const module = await importer(file);
      const hint = module.hint as LocalizedText | undefined;
      if (!hint || typeof hint.en !== 'string' || hint.en.length < 10) {
        throw new ContentError(file, 'export `hint = { en: "…", zh: "…" }`, the hint shown when a submission behaves like this mistake');
      }
      out.push({ id, hint, module, file, source: await readText(file) });
    }
  }
  // The order of file names, as before there were edits (recognition keeps the first of a tie).
  out.sort((a, b) => (`${a.id}.js` < `${b.id}.js` ? -1 : 1));
  out.push(...(await automaticCommonMistakes(solution, out)));
  return out;
}

/**
 * The library's rewrites that apply to this solution exactly once, as mistakes `common-<name>`;
 * skipped where an exercise already has that mistake (same name or the very same program) or the
 * rewritten solution does not load.
 */
async function automaticCommonMistakes(solution: string, own: MistakeModule[]): Promise<MistakeModule[]> {
  const out: MistakeModule[] = [];
  for (const lib of COMMON_MISTAKES) {
    const id = `common-${lib.name}`;
    if (own.some((m) => m.id === id)) continue;
    for (const rewrite of lib.rewrites) {
      const source = applyRewrite(solution, rewrite);
      if (!source || own.some((m) => m.source === source) || out.some((m) => m.source === source)) continue;
      let module: Record<string, unknown>;
      try {
        module = await importSource(source);
      } catch {
        continue;
      }
      out.push({ id, hint: lib.hint, module, file: `src/lib/server/common-mistakes.ts#${lib.name}`, source, common: 'automatic' });
      break;
    }
  }
  return out;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new ContentError(file, 'missing or unreadable');
  }
}
