// A grading worker process of the queue (`npm run worker`): takes jobs from pg-boss and grades
// them through the same worker-thread pool (pool.ts → grade-exercise.ts) and the same lanes as
// in-process grading (submissions.ts): every job first under the fast budget; one that exceeds it
// moves to the slow queue, which may use only `slowThreads` of this process's threads, and is
// graded there with the exercise's full limits. The grade is recorded by the same step
// (stored-grading.ts `recordGrade`, idempotent on the submission id), in one transaction with the
// job's completion and the NOTIFY that wakes the waiting web process.
//
// Taking: whenever a thread is free, the fast queue first; the slow queue while under its share,
// and first when it has not been served for SLOW_LANE_STARVED_MS. Idle workers are woken by
// NOTIFY on `nabla_jobs` and look on their own every `pollMs`.
//
// A worker that dies mid-job leaves the job `active`: pg-boss's maintenance (run by any live
// worker) fails it once it is older than its expiry, and it is retried by whoever takes it. On
// stop (SIGTERM/SIGINT) the worker takes nothing more, lets running jobs finish within the grace
// period, and hands back the rest (failed now, offered again after the retry delay).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { Report } from '../../engine/types';
import type { Db } from '../db';
import type { GradingPool } from '../pool';
import { failureReport, recordGrade } from '../stored-grading';
import { markGrading } from '../store/submissions';
import { SLOW_LANE_STARVED_MS } from '../submissions';
import {
  FAST_QUEUE,
  GRADED_CHANNEL,
  type GradingJobData,
  type GradingJobOutput,
  JOBS_CHANNEL,
  jobOptions,
  type QueueName,
  SLOW_QUEUE,
  startBoss,
} from './boss';
import { beat, forget } from './heartbeat';
import { listen, type Listener } from './listener';
import type { QueueSettings } from './settings';
import { inTransaction } from './transaction';

export interface QueueWorkerOptions {
  url: string;
  db: Db;
  pgPool: pg.Pool;
  gradingPool: GradingPool;
  settings: QueueSettings;
  /** Jobs graded at once (the pool's threads). */
  threads: number;
  /** Of which the slow lane may use at most this many. */
  slowThreads: number;
  /** false: no fast lane, every job is graded once with the full limits. */
  fastLane: boolean;
}

type Taken = { queue: QueueName; job: PgBoss.Job<GradingJobData> };

class HandedBack extends Error {}

export class QueueWorker {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private boss?: PgBoss;
  private listener?: Listener;
  private timers: NodeJS.Timeout[] = [];
  private running = 0;
  private slowRunning = 0;
  private finished = 0;
  private lastSlowTake = Date.now();
  private stopping = false;
  private filling = false;
  private again = false;
  private inFlight = new Set<Promise<void>>();
  /** Jobs moved to the slow lane, handed back, and finished, since the start (logs, benchmark). */
  readonly counts = { moved: 0, handedBack: 0, finished: 0, alreadyGraded: 0 };

  constructor(private readonly o: QueueWorkerOptions) {}

  async start(): Promise<void> {
    this.boss = await startBoss({ url: this.o.url, settings: this.o.settings, supervise: true });
    this.listener = await listen(this.o.url, JOBS_CHANNEL, () => this.fill());
    await this.heartbeat();
    const every = (ms: number, fn: () => void) => {
      const t = setInterval(fn, ms);
      this.timers.push(t);
    };
    every(this.o.settings.heartbeatSeconds * 1000, () => void this.heartbeat());
    every(this.o.settings.pollMs, () => this.fill());
    this.fill();
  }

  private async heartbeat() {
    try {
      await beat(this.o.db, { id: this.id, threads: this.o.threads, running: this.running, finished: this.finished });
    } catch (e) {
      console.error('[nabla] worker heartbeat:', (e as Error).message);
    }
  }

  /** Take jobs while threads are free (one filler at a time; a wake-up during it runs it again). */
  private fill() {
    if (this.stopping) return;
    if (this.filling) {
      this.again = true;
      return;
    }
    this.filling = true;
    void (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopping && this.running < this.o.threads) {
            const taken = await this.takeOne();
            if (!taken) break;
            this.begin(taken);
          }
        } while (this.again && !this.stopping);
      } catch (e) {
        console.error('[nabla] taking a job:', (e as Error).message);
      } finally {
        this.filling = false;
      }
    })();
  }

  private async takeOne(): Promise<Taken | undefined> {
    const boss = this.boss!;
    const slowMay = this.slowRunning < this.o.slowThreads;
    const slowFirst = slowMay && Date.now() - this.lastSlowTake > SLOW_LANE_STARVED_MS;
    const order: QueueName[] = slowFirst ? [SLOW_QUEUE, FAST_QUEUE] : slowMay ? [FAST_QUEUE, SLOW_QUEUE] : [FAST_QUEUE];
    for (const queue of order) {
      if (this.stopping) return undefined;
      const [job] = await boss.fetch<GradingJobData>(queue, { batchSize: 1 });
      if (job) {
        if (queue === SLOW_QUEUE) this.lastSlowTake = Date.now();
        return { queue, job };
      }
    }
    if (slowFirst) this.lastSlowTake = Date.now(); // nothing waits in the slow lane
    return undefined;
  }

  private begin(t: Taken) {
    this.running++;
    if (t.queue === SLOW_QUEUE) this.slowRunning++;
    const p = this.process(t)
      .catch(async (e) => {
        // Not graded here (stopping, or the database failed): offered again after the retry delay.
        if (!(e instanceof HandedBack)) console.error(`[nabla] job ${t.job.id}:`, (e as Error).message);
        this.counts.handedBack++;
        await this.boss!.fail(t.queue, t.job.id, { message: (e as Error).message }).catch(() => {});
      })
      .finally(() => {
        this.running--;
        if (t.queue === SLOW_QUEUE) this.slowRunning--;
        this.inFlight.delete(p);
        this.fill();
      });
    this.inFlight.add(p);
  }

  /** One job, in either lane: only the limits differ. */
  private async process({ queue, job }: Taken): Promise<void> {
    const boss = this.boss!;
    const data = job.data;
    const { submissionId } = data;
    if (submissionId) {
      if (!(await markGrading(this.o.db, submissionId))) {
        // A retry of a job whose grade was stored: nothing to do but finish the job.
        this.counts.alreadyGraded++;
        await this.finish(queue, job.id, { stored: true });
        return;
      }
    }
    const lane = queue === FAST_QUEUE && this.o.fastLane ? 'fast' : 'full';
    let report: Report;
    try {
      report = await this.o.gradingPool.grade({ exercise: data.exercise, source: data.source, mode: data.mode, seed: data.seed, lane });
    } catch (e) {
      if (this.stopping) throw new HandedBack('the worker is stopping');
      report = failureReport(data.exercise, data.seed, (e as Error).message);
    }
    if (report.budgetExceeded) {
      // Over the fast budget: the same job, same id, into the slow queue (one transaction).
      await inTransaction(this.o.pgPool, async (tx) => {
        await boss.send(SLOW_QUEUE, data, { ...jobOptions(SLOW_QUEUE, this.o.settings), id: job.id, db: tx.jobs });
        await boss.complete(queue, job.id, { moved: true } satisfies GradingJobOutput, { db: tx.jobs });
        await tx.notify(JOBS_CHANNEL, '');
      });
      this.counts.moved++;
      return;
    }
    await inTransaction(this.o.pgPool, async (tx) => {
      if (submissionId) await recordGrade(tx.db, submissionId, data.exercise, report);
      const output: GradingJobOutput = submissionId ? { stored: true } : { report };
      await boss.complete(queue, job.id, output, { db: tx.jobs });
      await tx.notify(GRADED_CHANNEL, job.id);
    });
    this.finished++;
    this.counts.finished++;
  }

  private async finish(queue: QueueName, id: string, output: GradingJobOutput) {
    await inTransaction(this.o.pgPool, async (tx) => {
      await this.boss!.complete(queue, id, output, { db: tx.jobs });
      await tx.notify(GRADED_CHANNEL, id);
    });
  }

  /**
   * Take nothing more; let running jobs finish for up to `graceMs`, then hand back the rest (the
   * pool is closed, their gradings stop, their jobs are failed and retried elsewhere).
   */
  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    await this.listener?.close();
    const deadline = Date.now() + graceMs;
    while (this.inFlight.size && Date.now() < deadline) await Promise.race([Promise.allSettled([...this.inFlight]), sleep(100)]);
    await this.o.gradingPool.close();
    await Promise.race([Promise.allSettled([...this.inFlight]), sleep(2_000)]);
    await forget(this.o.db, this.id).catch(() => {});
    await this.boss?.stop({ graceful: true, timeout: 1_000, close: true, wait: true });
  }

  get stats() {
    return { id: this.id, running: this.running, slowRunning: this.slowRunning, ...this.counts };
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());
