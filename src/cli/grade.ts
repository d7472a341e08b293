// npm run grade -- <exercise-id> <file> [--json] [--seed N] [--run]
// Exit 0 when every check passes, 1 when the submission fails or errors, 2 for usage problems.
import { readFile } from 'node:fs/promises';
import { newSeed } from '../lib/engine/random';
import { contentRoot, exerciseExists, listExerciseIds } from '../lib/server/exercises';
import { GradingPool } from '../lib/server/pool';
import { parseCli, runCommand, UsageError } from './args';
import { formatReport } from './format';

const USAGE = `usage: npm run grade -- <exercise-id> <file.js> [--json] [--seed N] [--run]
  --json     print exactly the report (JSON) on stdout
  --seed N   seed of the randomized checks (the report names the one used)
  --run      grade only the visible examples, as the Run button does`;

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    json: { type: 'boolean' },
    seed: { type: 'string' },
    run: { type: 'boolean' },
  });
  if (positionals.length !== 2) throw new UsageError('expected an exercise id and a file');
  const [id, file] = positionals;
  const root = contentRoot();
  if (!(await exerciseExists(id, root))) {
    const ids = await listExerciseIds(root);
    throw new UsageError(`unknown exercise '${id}'. Exercises: ${ids.join(', ') || '(none)'}`);
  }
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let seed = newSeed();
  if (values.seed !== undefined) {
    seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed takes a whole number from 0 to ${0xffffffff}`);
  }
  const pool = new GradingPool({ size: 1, root });
  try {
    const report = await pool.grade({ exercise: id, source, mode: values.run ? 'run' : 'submit', seed });
    process.stdout.write(values.json ? JSON.stringify(report) + '\n' : formatReport(report) + '\n');
    return report.status === 'pass' ? 0 : 1;
  } finally {
    await pool.close();
  }
});
