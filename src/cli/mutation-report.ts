// The report of `npm run validate -- --mutants`: survivors with their line before and after,
// declared equivalent mutants with their reasons, a score per exercise, per chapter and in total.
import { contentRoot } from '../lib/server/exercises';
import { type ExerciseMutation, type MutationOptions, mutateExercises, mutationScore } from '../lib/server/mutation';

const percent = (s: { killed: number; of: number; score: number }) => `${(100 * s.score).toFixed(1)}% (${s.killed}/${s.of} killed)`;

/** Run the mutants and print the report; returns the exit code (1 while a grader gap or a content problem remains). */
export async function printMutation(ids: string[], options: MutationOptions): Promise<number> {
  const t0 = performance.now();
  const rows = await mutateExercises(ids, options, contentRoot());
  const out = (s: string) => process.stdout.write(`${s}\n`);
  for (const r of rows) {
    const ok = !r.survivors.length && !r.problems.length;
    const sampled = r.graded < r.generated ? ` (a sample of ${r.graded} of ${r.generated})` : '';
    out(
      `${ok ? '✓' : '✗'} ${r.id}: ${percent(mutationScore([r]))}${sampled}${r.equivalent.length ? `, ${r.equivalent.length} declared equivalent` : ''}`,
    );
    for (const p of r.problems) out(`    ${p}`);
    for (const m of r.survivors) {
      out(`    survives: ${m.id}`);
      out(`        - ${m.before}`);
      out(`        + ${m.after}`);
    }
    for (const e of r.equivalent) out(`    equivalent: ${e.mutant.id} — ${e.reason}`);
  }
  const chapters = new Map<number, ExerciseMutation[]>();
  for (const r of rows) chapters.set(r.chapter, [...(chapters.get(r.chapter) ?? []), r]);
  out('');
  for (const [chapter, list] of [...chapters].sort((a, b) => a[0] - b[0])) {
    out(
      `chapter ${chapter}: ${percent(mutationScore(list))}, ${list.reduce((s, r) => s + r.graded, 0)} mutants graded in ${list.length} exercise(s)`,
    );
  }
  const total = mutationScore(rows);
  const graded = rows.reduce((s, r) => s + r.graded, 0);
  const generated = rows.reduce((s, r) => s + r.generated, 0);
  const equivalent = rows.reduce((s, r) => s + r.equivalent.length, 0);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  out(`total: ${percent(total)}; ${graded} of ${generated} mutants graded, ${equivalent} declared equivalent (${secs} s)`);
  const bad = rows.filter((r) => r.survivors.length || r.problems.length).length;
  if (bad)
    out(
      `${bad} exercise(s) with surviving mutants or problems: add a check that rejects each survivor, or declare it in the grader's equivalentMutants with the reason`,
    );
  return bad || !rows.length ? 1 : 0;
}
