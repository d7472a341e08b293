// npm run validate [-- <id>…]: every exercise proven through the learners' own grading path.
import { contentRoot } from '../lib/server/exercises';
import { strayContent, validateExercises } from '../lib/server/validate';
import { parseCli, runCommand } from './args';

const USAGE = 'usage: npm run validate [-- <exercise-id>…]';

await runCommand(USAGE, async () => {
  const { positionals } = parseCli(process.argv.slice(2), {});
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
