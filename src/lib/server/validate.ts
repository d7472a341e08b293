// Proving an exercise: its files parse, the reference passes every check (on several seeds),
// the stub fails, and every known-wrong variant fails *and is recognised as itself*. All
// grading goes through the same pool, sandbox and graders that learners get.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GraderDef } from '../engine/grader';
import type { Report } from '../engine/types';
import { contentRoot, listExerciseIds, loadExercise, type LoadedExercise } from './exercises';
import { renderInline, renderStatement } from './markdown';
import { GradingPool } from './pool';

/** Seeds the reference must pass on: fixed, so CI is reproducible; several, so a lucky draw is not enough. */
export const VALIDATION_SEEDS = [1, 2, 3];
export const MIN_MISTAKES = 2;

export interface ExerciseValidation {
  id: string;
  problems: string[];
  summary: string;
}

export async function validateExercises(ids?: string[], root = contentRoot(), pool?: GradingPool): Promise<ExerciseValidation[]> {
  const all = await listExerciseIds(root);
  const wanted = ids && ids.length ? ids : all;
  const own = pool ?? new GradingPool({ root, size: 2, maxQueue: 10_000 });
  try {
    return await Promise.all(wanted.map((id) => (all.includes(id) ? validateOne(id, root, own) : unknown(id))));
  } finally {
    if (!pool) await own.close();
  }
}

/**
 * Content that does not add up to an exercise: a folder under exercises/ without its statement,
 * a grader or a reference without an exercise. Half-authored content fails loudly instead of
 * silently vanishing from the catalog.
 */
export async function strayContent(root = contentRoot()): Promise<string[]> {
  const entries = (dir: string, dirs: boolean) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { withFileTypes: true })
          .filter((e) => e.isDirectory() === dirs && !e.name.startsWith('.'))
          .map((e) => e.name)
      : [];
  const exercises = new Set(await listExerciseIds(root));
  const problems: string[] = [];
  for (const id of entries('exercises', true)) if (!exercises.has(id)) problems.push(`exercises/${id}/ has no statement.md`);
  for (const f of entries('graders', false)) {
    const id = f.replace(/\.ts$/, '');
    if (f.endsWith('.ts') && !exercises.has(id)) problems.push(`graders/${f} has no exercise (no exercises/${id}/statement.md)`);
  }
  for (const id of entries('reference', true))
    if (!exercises.has(id)) problems.push(`reference/${id}/ has no exercise (no exercises/${id}/statement.md)`);
  return problems;
}

/** KaTeX renders bad math as a red error in the page: name the file and the formula instead. */
export function mathProblems({ meta, statement }: Pick<LoadedExercise, 'meta' | 'statement'>): string[] {
  const problems: string[] = [];
  const texts: [string, string][] = [
    ['statement.md', renderStatement(statement.en)],
    ['statement.zh.md', statement.zh ? renderStatement(statement.zh) : ''],
    ...meta.hints.en.map((h, i): [string, string] => [`statement.md hint ${i + 1}`, renderInline(h)]),
    ...meta.hints.zh.map((h, i): [string, string] => [`statement.zh.md hint ${i + 1}`, renderInline(h)]),
  ];
  for (const [where, html] of texts) {
    for (const m of html.matchAll(/<span class="katex-error" title="([^"]*)"/g))
      problems.push(`${where}: math does not render: ${m[1].replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"')}`);
  }
  return problems;
}

/**
 * Learner-facing grader text must come in Chinese too: a check's `name` and `nonFiniteHint`
 * written as a plain string (English only) are named here, with the file and the check.
 * Texts that `property`, `compare` and `calls` return exist only when they run: see
 * `untranslatedMessages`.
 */
export function untranslatedGraderText(grader: GraderDef, file: string): string[] {
  const problems: string[] = [];
  grader.checks.forEach((c, i) => {
    if (typeof c.name === 'string')
      problems.push(`${file}: checks[${i}] (${c.id}).name has no Chinese: write { en: ${JSON.stringify(c.name)}, zh: '…' }`);
    if (typeof c.nonFiniteHint === 'string') problems.push(`${file}: checks[${i}] (${c.id}).nonFiniteHint has no Chinese: write { en, zh }`);
  });
  return problems;
}

/**
 * A failing check whose message has no Chinese form: the engine's own messages always have
 * one (protocol/messages.ts), so the text came from the grader's `property`, `compare` or
 * `calls` as a plain string. Found in the reports of the stub and the mistakes.
 */
export function untranslatedMessages(file: string, reports: Report[]): string[] {
  const found = new Map<string, string>();
  for (const r of reports) {
    for (const c of r.checks) {
      const check = c.id.replace(/-\d+$/, '');
      if (c.message !== undefined && c.messageZh === undefined && !found.has(check)) found.set(check, c.message);
    }
  }
  return [...found].map(
    ([check, message]) =>
      `${file}: check ${check} returned a message without Chinese (“${message.slice(0, 80)}”): return { en, zh } from property/compare/calls`,
  );
}

async function unknown(id: string): Promise<ExerciseValidation> {
  return { id, problems: [`no exercise '${id}' (no exercises/${id}/statement.md)`], summary: '' };
}

async function validateOne(id: string, root: string, pool: GradingPool): Promise<ExerciseValidation> {
  const problems: string[] = [];
  let ex;
  try {
    ex = await loadExercise(id, root);
  } catch (e) {
    return { id, problems: [(e as Error).message], summary: '' };
  }
  if (!existsSync(join(root, 'exercises', id, 'statement.zh.md')))
    problems.push('statement.zh.md is missing (statements come in English and Chinese)');
  else if (ex.meta.hints.zh.length !== ex.meta.hints.en.length) {
    problems.push(`statement.zh.md has ${ex.meta.hints.zh.length} hints, statement.md has ${ex.meta.hints.en.length}`);
  }
  problems.push(...mathProblems(ex));
  const own = ex.mistakes.filter((m) => m.common !== 'automatic').length;
  if (own < MIN_MISTAKES) problems.push(`only ${own} known mistake(s) in reference/${id}/mistakes.ts and mistakes/ (at least ${MIN_MISTAKES})`);
  if (ex.stub.trim() === ex.reference.source.trim()) problems.push('the stub is identical to the reference');

  const grade = (source: string, seed: number, mode: 'run' | 'submit' = 'submit') => pool.grade({ exercise: id, source, mode, seed });
  const failing = (r: Report) =>
    r.error
      ? r.error.message
      : r.checks
          .filter((c) => c.status !== 'pass')
          .map((c) => `${c.id}: ${c.message ?? c.status}`)
          .slice(0, 3)
          .join('; ');

  const [refReports, stubReport, mistakeReports] = await Promise.all([
    Promise.all(VALIDATION_SEEDS.map((s) => grade(ex.reference.source, s))),
    grade(ex.stub, 1),
    Promise.all(ex.mistakes.map((m) => grade(m.source, 1))),
  ]);
  for (const r of refReports) {
    if (r.status !== 'pass') problems.push(`the reference fails with seed ${r.seed}: ${failing(r)}`);
  }
  const stubExports = await grade(ex.stub, 1, 'run');
  if (stubExports.error) problems.push(`the stub does not load: ${stubExports.error.message}`);
  else {
    const missing = stubExports.checks.filter((c) => /does not export/.test(c.message ?? ''));
    if (missing.length) problems.push(`the stub is missing an export: ${missing[0].message}`);
  }
  if (stubReport.status === 'pass') problems.push('the stub passes every check');
  const graderFile = `graders/${id}.ts`;
  problems.push(...untranslatedGraderText(ex.grader, graderFile), ...untranslatedMessages(graderFile, [stubReport, ...mistakeReports]));
  ex.mistakes.forEach((m, i) => {
    const r = mistakeReports[i];
    if (m.common === 'automatic') {
      // A library rewrite that happens to apply: it need not be caught (it may not change this
      // exercise's answers), but when it fails it must be named as itself or as an own mistake.
      if (r.status !== 'pass' && r.mistake?.id !== m.id && !ex.mistakes.some((o) => !o.common && o.id === r.mistake?.id)) {
        problems.push(
          `common mistake ${m.id} (applied automatically) fails but is recognised as ${r.mistake ? r.mistake.id : 'nothing'} (${r.passed}/${r.total} passed)`,
        );
      }
      return;
    }
    if (r.status === 'pass') problems.push(`mistake ${m.id} passes every check: the grader does not catch it`);
    else if (r.mistake?.id !== m.id) {
      problems.push(`mistake ${m.id} fails but is recognised as ${r.mistake ? r.mistake.id : 'nothing'} (${r.passed}/${r.total} passed)`);
    }
  });
  const total = refReports[0]?.total ?? 0;
  return {
    id,
    problems,
    summary: `${total} checks; reference passes on seeds ${VALIDATION_SEEDS.join(', ')}; stub fails; ${own} mistakes recognised${own < ex.mistakes.length ? ` (+${ex.mistakes.length - own} common)` : ''}`,
  };
}
