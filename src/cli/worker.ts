// npm run worker: a grading worker process for the job queue (NABLA_GRADING=queue). Needs
// DATABASE_URL (the queue and the submissions live on that PostgreSQL server). Runs as many as
// you like, on any machines that have this checkout (the exercises, graders and references).
// NABLA_WORKERS: grading threads (default: the machine's cores); NABLA_SLOW_LANE_WORKERS: of which
// the slow lane may use at most (default half, at least one). Stops on SIGTERM/SIGINT: takes no
// more jobs, lets running ones finish within NABLA_SHUTDOWN_GRACE_MS (5 s), hands back the rest,
// exits 0 (within 15 s in any case; exit 1 if stopping hung).
import { availableParallelism } from 'node:os';
import { openDatabase, optionsFromEnv as databaseOptions } from '../lib/server/db';
import { contentRoot } from '../lib/server/exercises';
import { graceMsFromEnv } from '../lib/server/lifecycle';
import { GradingPool } from '../lib/server/pool';
import { queueSettingsFromEnv } from '../lib/server/queue/settings';
import { QueueWorker } from '../lib/server/queue/worker';
import { optionsFromEnv as schedulerOptions } from '../lib/server/submissions';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('npm run worker needs DATABASE_URL=postgres://… (the server that holds the grading queue)');
  process.exit(2);
}
const sched = schedulerOptions({ NABLA_WORKERS: String(availableParallelism()), ...process.env });
const threads = sched.workers;
const slowThreads = Math.max(1, Math.min(threads, sched.slowLaneWorkers ?? Math.floor(threads / 2)));

let database;
try {
  database = await openDatabase(databaseOptions());
} catch (e) {
  console.error(`[nabla] worker: cannot open the database: ${(e as Error).message}`);
  process.exit(1);
}
const gradingPool = new GradingPool({ size: threads, root: contentRoot(), maxQueue: threads });
const worker = new QueueWorker({
  url,
  db: database.db,
  pgPool: database.pool!,
  gradingPool,
  settings: queueSettingsFromEnv(),
  threads,
  slowThreads,
  fastLane: sched.fastLane !== false,
});

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => {
    console.error('[nabla] worker: stopping took too long; exiting');
    process.exit(1);
  }, 15_000).unref();
  console.log(`[nabla] worker ${worker.id}: ${signal}, stopping`);
  try {
    await worker.stop(Math.min(graceMsFromEnv(), 10_000));
    await database.close();
    console.log(`[nabla] worker ${worker.id}: stopped (${JSON.stringify(worker.stats)})`);
    process.exit(0);
  } catch (e) {
    console.error('[nabla] worker: while stopping:', e);
    process.exit(1);
  }
};
process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));

try {
  await worker.start();
} catch (e) {
  console.error(`[nabla] worker: cannot start: ${(e as Error).message}`);
  process.exit(1);
}
console.log(`[nabla] worker ${worker.id} grading with ${threads} thread(s), slow lane at most ${slowThreads}`);
