// npm run regrade -- <exercise-id> [--course <id>] [--all]
// Grades again the stored submissions of an exercise whose content version is not the current
// one (all of them with --all; only a course's learners with --course), keeping each earlier
// result in the submission's history. Exit 0 when done (every submission regraded), 1 when some
// could not be regraded, 2 for usage problems (and a database that cannot be opened).
import { DataDirInUse } from '../lib/server/db/data-dir-lock';
import { openDatabase, optionsFromEnv } from '../lib/server/db';
import { computeContentVersion } from '../lib/server/content-version';
import { contentRoot, exerciseExists, listExerciseIds } from '../lib/server/exercises';
import { GradingPool } from '../lib/server/pool';
import { getCourse, parseId } from '../lib/server/store/courses';
import { formatSummary, regradeExercise } from '../lib/server/store/regrade';
import { parseCli, runCommand, UsageError } from './args';

const USAGE = `usage: npm run regrade -- <exercise-id> [--course <id>] [--all]
  --course ID  only the submissions of that course's learners
  --all        every submission, also those graded against the current content
The database is the server's: DATABASE_URL, else the folder NABLA_DATA_DIR (./data).`;

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    course: { type: 'string' },
    all: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('expected one exercise id');
  const [id] = positionals;
  const root = contentRoot();
  if (!(await exerciseExists(id, root))) {
    const ids = await listExerciseIds(root);
    throw new UsageError(`unknown exercise '${id}'. Exercises: ${ids.join(', ') || '(none)'}`);
  }
  let courseId: number | null = null;
  if (values.course !== undefined) {
    courseId = parseId(values.course);
    if (courseId === null) throw new UsageError(`--course takes a course id (a whole number), not '${values.course}'`);
  }
  let database;
  try {
    database = await openDatabase(optionsFromEnv());
  } catch (e) {
    if (e instanceof DataDirInUse) {
      throw new Error(
        `${e.message}\nA running server holds the embedded database: use the Regrade button on the exercise's statistics page ` +
          `(/teach/courses/<id>/exercises/${id}), or stop the server and run this again.`,
      );
    }
    throw e;
  }
  const pool = new GradingPool({ size: 1, root });
  try {
    if (courseId !== null && !(await getCourse(database.db, courseId))) throw new UsageError(`there is no course ${courseId}`);
    const contentVersion = await computeContentVersion(id, root);
    const interactive = process.stderr.isTTY;
    const { summary } = await regradeExercise(database.db, {
      exerciseId: id,
      courseId,
      all: !!values.all,
      contentVersion,
      grade: (job) => pool.grade(job),
      onProgress: interactive ? (done, total) => process.stderr.write(`\rregrading ${done}/${total}`) : undefined,
    });
    if (interactive && summary.submissions + summary.failed.length > 0) process.stderr.write('\n');
    process.stdout.write(formatSummary(summary) + '\n');
    return summary.failed.length ? 1 : 0;
  } finally {
    await pool.close();
    await database.close();
  }
});
