// npm run grade -- <exercise-id> <file> [--json] [--seed N] [--run] [--lang en|zh]
// npm run grade -- <exercise-id> --mistake <name> [...]: grade a known mistake as a learner file
// Exit 0 when every check passes, 1 when the submission fails or errors, 2 for usage problems.
import { readFile } from 'node:fs/promises';
import { localizeReport, REPORT_LANGS, type ReportLang } from '../lib/engine/localize';
import { newSeed } from '../lib/engine/random';
import { contentRoot, exerciseExists, listExerciseIds, loadExercise } from '../lib/server/exercises';
import { GradingPool } from '../lib/server/pool';
import { parseCli, runCommand, UsageError } from './args';
import { formatReport } from './format';

const USAGE = `usage: npm run grade -- <exercise-id> (<file.js> | --mistake <name>) [--json] [--seed N] [--run] [--lang en|zh]
  --mistake  grade a known mistake (mistakes.ts or mistakes/<name>.js) as a learner's file
  --json     print exactly the report (JSON) on stdout: both languages side by side, or one with --lang
  --lang L   check names and messages in English (en, the default) or Chinese (zh)
  --seed N   seed of the randomized checks (the report names the one used)
  --run      grade only the visible examples, as the Run button does`;

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    json: { type: 'boolean' },
    seed: { type: 'string' },
    run: { type: 'boolean' },
    mistake: { type: 'string' },
    lang: { type: 'string' },
  });
  const lang = values.lang as ReportLang | undefined;
  if (lang !== undefined && !REPORT_LANGS.includes(lang)) throw new UsageError(`--lang takes ${REPORT_LANGS.join(' or ')}, not '${values.lang}'`);
  const want = values.mistake === undefined ? 2 : 1;
  if (positionals.length !== want)
    throw new UsageError(want === 2 ? 'expected an exercise id and a file' : 'expected an exercise id (and no file) with --mistake');
  const [id, file] = positionals;
  const root = contentRoot();
  if (!(await exerciseExists(id, root))) {
    const ids = await listExerciseIds(root);
    throw new UsageError(`unknown exercise '${id}'. Exercises: ${ids.join(', ') || '(none)'}`);
  }
  let source: string;
  if (values.mistake !== undefined) {
    const { mistakes } = await loadExercise(id, root);
    const m = mistakes.find((m) => m.id === values.mistake);
    if (!m) throw new UsageError(`no mistake '${values.mistake}' in ${id}. Mistakes: ${mistakes.map((m) => m.id).join(', ') || '(none)'}`);
    source = m.source;
  } else {
    try {
      source = await readFile(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  let seed = newSeed();
  if (values.seed !== undefined) {
    seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed takes a whole number from 0 to ${0xffffffff}`);
  }
  const pool = new GradingPool({ size: 1, root });
  try {
    const report = await pool.grade({ exercise: id, source, mode: values.run ? 'run' : 'submit', seed });
    const shown = lang ? localizeReport(report, lang) : report;
    process.stdout.write(values.json ? JSON.stringify(shown) + '\n' : formatReport(localizeReport(report, lang ?? 'en'), lang ?? 'en') + '\n');
    return report.status === 'pass' ? 0 : 1;
  } finally {
    await pool.close();
  }
});
