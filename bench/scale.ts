// npm run bench:scale: the grading queue (NABLA_GRADING=queue) against in-process grading, on a
// real PostgreSQL server (Debian's package, started here) and real worker processes
// (src/cli/worker.ts, one grading thread each).
//
// - Submit latency, one at a time (p50/p95): in-process (the scheduler and pool of a web process,
//   the submission stored as submitStored does) against through the queue (row + job in one transaction, a worker takes it, stores the grade,
//   NOTIFY wakes the waiting web side). The difference of the medians is the queue's own overhead
//   per job.
// - Throughput: a burst of submissions from many learners graded by 1, then by 2 worker
//   processes; the ratio says how grading scales with workers (2 cores here, shared).
// Numbers, not assertions: the machine is shared and noisy. Targets beside them.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ROOT } from '../test/browser/server';
import { startPostgres } from '../test/support/postgres';

const { values } = parseArgs({ options: { runs: { type: 'string' }, burst: { type: 'string' } } });
const RUNS = Number(values.runs ?? 40);
const BURST = Number(values.burst ?? 150);

// The web side's settings (read when the modules load): no rate limit in the way of a burst.
Object.assign(process.env, {
  NABLA_RATE_BURST: '100000',
  NABLA_ADDRESS_RATE_BURST: '100000',
  NABLA_CLIENT_QUEUE: '100000',
  NABLA_HEARTBEAT_SECONDS: '1',
});
const { openDatabase } = await import('../src/lib/server/db');
const { users } = await import('../src/lib/server/db/schema');
const { QueueFront } = await import('../src/lib/server/queue/front');
const { GradingPool } = await import('../src/lib/server/pool');
const { SubmissionScheduler, optionsFromEnv } = await import('../src/lib/server/submissions');
const { contentRoot } = await import('../src/lib/server/exercises');
const { insertQueued, markGrading } = await import('../src/lib/server/store/submissions');
const { recordGrade } = await import('../src/lib/server/stored-grading');

const EXERCISE = 'linear-predict';
const reference = readFileSync(join(ROOT, 'reference', EXERCISE, 'solution.js'), 'utf8');
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const f = (x: number, d = 1) => x.toFixed(d);

const postgres = await startPostgres();
const admin = new pg.Client({ connectionString: postgres.url });
await admin.connect();
await admin.query('create database bench_scale');
await admin.end();
const url = postgres.url.replace(/\/postgres$/, '/bench_scale');
process.env.DATABASE_URL = url;
const database = await openDatabase({ url, appRoot: ROOT });
const [learner] = await database.db.insert(users).values({ username: 'bench', passwordHash: 'x' }).returning({ id: users.id });
const workers: ChildProcess[] = [];

try {
  // In-process: the scheduler and pool of a web process, one grading thread, the submission
  // stored as submitStored does (row queued, graded, grade recorded).
  const sched = new SubmissionScheduler({ ...optionsFromEnv(), workers: 1 }, () => new GradingPool({ size: 1, root: contentRoot(), maxQueue: 1 }));
  const inProcessOnce = async (i: number, tag: string) => {
    const id = await insertQueued(database.db, { userId: learner.id, exerciseId: EXERCISE, source: reference, seed: i + 1 });
    const report = await sched
      .admit({ address: '127.0.0.1', client: `${tag}|${i}`, userId: learner.id }, EXERCISE, reference, 'submit')
      .run(i + 1, () => void markGrading(database.db, id));
    await recordGrade(database.db, id, EXERCISE, report);
  };
  for (let i = 0; i < 5; i++) await inProcessOnce(i, 'warm');
  const inProcess: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await inProcessOnce(i, 'in');
    inProcess.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 10));
  }
  await sched.close();

  // Through the queue: one worker process.
  const front = await QueueFront.open(database, url);
  const startWorker = async () => {
    const before = await front.liveWorkers();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/worker.ts'], {
      cwd: ROOT,
      env: { ...process.env, NABLA_WORKERS: '1', NABLA_HEARTBEAT_SECONDS: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    workers.push(child);
    while ((await front.liveWorkers()) <= before) await new Promise((r) => setTimeout(r, 200));
  };
  await startWorker();
  const submit = (i: number, tag: string) =>
    front.submit({ address: '127.0.0.1', client: `${tag}|${i}`, userId: learner.id }, EXERCISE, reference, 'submit', true);
  for (let i = 0; i < 5; i++) await submit(i, 'warm');
  const queued: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await submit(i, 'one');
    if (!r.done || r.report.status !== 'pass') throw new Error('the reference did not pass through the queue');
    queued.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 10));
  }

  const burst = async (tag: string) => {
    const t0 = performance.now();
    const all = await Promise.all(Array.from({ length: BURST }, (_, i) => submit(i, tag)));
    const s = (performance.now() - t0) / 1000;
    if (all.some((r) => !r.done)) throw new Error('a burst submission was not graded within the wait');
    return BURST / s;
  };
  const one = await burst('burst1');
  await startWorker();
  // The new worker's first jobs load the exercise and time its reference: not measured.
  await Promise.all(Array.from({ length: 20 }, (_, i) => submit(i, 'warm2')));
  const two = await burst('burst2');

  const overhead = q(queued, 0.5) - q(inProcess, 0.5);
  console.log(`grading '${EXERCISE}' (the reference, stored) on a PostgreSQL server; worker processes with one thread each\n`);
  console.log('measure                                   measured      target');
  console.log(`submit p50, in-process                    ${f(q(inProcess, 0.5)).padStart(6)} ms   (reference)`);
  console.log(`submit p95, in-process                    ${f(q(inProcess, 0.95)).padStart(6)} ms   (reference)`);
  console.log(`submit p50, through the queue             ${f(q(queued, 0.5)).padStart(6)} ms   ≤ in-process + 30 ms`);
  console.log(`submit p95, through the queue             ${f(q(queued, 0.95)).padStart(6)} ms   ≤ in-process p95 + 60 ms`);
  console.log(`queue overhead per job (p50 difference)   ${f(overhead).padStart(6)} ms   ≤ 30 ms`);
  console.log(`throughput, 1 worker process              ${f(one).padStart(6)} /s   (reference)`);
  console.log(`throughput, 2 worker processes            ${f(two).padStart(6)} /s   ≥ 1.6 × one on 2 free cores`);
  console.log(`ratio 2 : 1                               ${f(two / one, 2).padStart(6)}      ≥ 1.6 (2 free cores)`);
  console.log(
    `\n(${RUNS} sequential submissions each way after 5 warm-up; bursts of ${BURST} concurrent submissions; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
  );
  await front.close();
} finally {
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => (w.exitCode === null ? new Promise((r) => w.once('exit', r)) : undefined)));
  await database.close();
  postgres.stop();
}
