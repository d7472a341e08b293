// npm run validate [-- <id>…]: every exercise proven through the learners' own grading path.
// npm run validate -- --mutants [--sample N] [<id>…]: the graders tested by mutating the references.
import { contentRoot } from '../lib/server/exercises';
import { strayContent, validateExercises } from '../lib/server/validate';
import { parseCli, runCommand, UsageError } from './args';
import { printMutation } from './mutation-report';

const USAGE = 'usage: npm run validate [-- <exercise-id>…]\n       npm run validate -- --mutants [--sample N] [<exercise-id>…]';

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), { mutants: { type: 'boolean' }, sample: { type: 'string' } });
  if (values.sample !== undefined && !values.mutants) throw new UsageError('--sample goes with --mutants');
  if (values.mutants) {
    const sample = values.sample === undefined ? undefined : Number(values.sample);
    if (sample !== undefined && !(Number.isInteger(sample) && sample > 0))
      throw new UsageError(`--sample wants a whole number of mutants per exercise, got '${values.sample}'`);
    return printMutation(positionals, { sample });
  }
  const t0 = performance.now();
  const results = await validateExercises(positionals, contentRoot());
  let bad = 0;
  for (const r of results) {
    if (r.problems.length) {
      bad++;
      process.stdout.write(`✗ ${r.id}\n${r.problems.map((p) => `    ${p}`).join('\n')}\n`);
    } else process.stdout.write(`✓ ${r.id}: ${r.summary}\n`);
  }
  // Only a full run looks for half-authored folders: `validate <id>` is about that exercise.
  const stray = positionals.length ? [] : await strayContent(contentRoot());
  if (stray.length) {
    bad++;
    process.stdout.write(`✗ content that is not an exercise\n${stray.map((p) => `    ${p}`).join('\n')}\n`);
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  process.stdout.write(`\n${results.length - (bad - (stray.length ? 1 : 0))} valid, ${bad} invalid (${secs} s)\n`);
  return bad ? 1 : results.length ? 0 : 1;
});
