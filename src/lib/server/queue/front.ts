// The web side of queue mode (NABLA_GRADING=queue): admission with the same refusals as
// in-process grading (413, 404, 429, 503), the submission row and its job written in one
// transaction, and the wait for the job's report. Nothing that matters lives in this process:
// rate-limit buckets are rows (rate-limit.ts), the per-client and total bounds are counted in
// the job table, and pending work is the workers' (a web process that dies loses only the
// waiting connection; its submissions are graded and stored anyway).
//
// Waiting: LISTEN on `nabla_graded` (the worker's NOTIFY is sent in the transaction that stores
// the grade, so it arrives only once the grade is there), plus a look every WAIT_POLL_MS in case a
// notification was missed while the listening connection reconnected. LISTEN rather than polling
// alone: the answer comes as soon as the grade is committed, and a hundred waiting requests cost
// no queries per second.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { newSeed } from '../../engine/random';
import type { Report } from '../../engine/types';
import { database, type Database } from '../db';
import { exerciseExists } from '../exercises';
import { returnToken, takeToken, type BucketRule } from '../rate-limit';
import { insertQueued } from '../store/submissions';
import { checkSize, optionsFromEnv, SchedulerClosed, type SchedulerOptions, SubmissionRefused, type Submitter } from '../submissions';
import { FAST_QUEUE, GRADED_CHANNEL, type GradingJobData, type GradingJobOutput, JOBS_CHANNEL, jobOptions, SLOW_QUEUE, startBoss } from './boss';
import { recentWorkers } from './heartbeat';
import { listen, type Listener } from './listener';
import { type QueueSettings, queueSettingsFromEnv } from './settings';
import { inTransaction } from './transaction';

const WAIT_POLL_MS = 2_000;

export type QueuedOutcome =
  | { done: true; report: Report; submissionId?: string }
  /** Accepted and stored, not graded within the wait: graded later, readable at /api/submissions/<id>. */
  | { done: false; submissionId: string };

export class QueueFront {
  private waiters = new Map<string, Set<() => void>>();
  private closed = false;
  private closeWaits = new Set<() => void>();

  private constructor(
    private readonly database: Database,
    private readonly boss: PgBoss,
    private listener: Listener | undefined,
    readonly settings: QueueSettings,
    readonly limits: SchedulerOptions,
  ) {}

  static async open(database: Database, url: string, env: NodeJS.ProcessEnv = process.env): Promise<QueueFront> {
    if (!database.pool) throw new Error('queue mode needs a PostgreSQL server (DATABASE_URL)');
    const settings = queueSettingsFromEnv(env);
    const boss = await startBoss({ url, settings, supervise: false });
    const front = new QueueFront(database, boss, undefined, settings, optionsFromEnv(env));
    front.listener = await listen(url, GRADED_CHANNEL, (id) => front.wake(id));
    return front;
  }

  private wake(id: string) {
    for (const w of this.waiters.get(id) ?? []) w();
  }

  /** Grade through the queue; `store`: a signed-in learner's Submit (a submission row). */
  async submit(who: Submitter, exercise: string, source: string, mode: 'run' | 'submit', store: boolean): Promise<QueuedOutcome> {
    if (this.closed) throw new SchedulerClosed();
    checkSize(source);
    if (!(await exerciseExists(exercise))) throw new SubmissionRefused(404, `there is no exercise '${exercise}'`);
    if (store && source.includes('\0'))
      throw new SubmissionRefused(400, 'your code contains a NUL character (U+0000), which cannot be stored: remove it');
    const { pool } = this.database;
    await this.takeTokens(who);
    await this.checkBounds(who.client);
    const seed = newSeed();
    const data: GradingJobData = { exercise, source, mode, seed, client: who.client };
    const id = await inTransaction(pool!, async (tx) => {
      const id = store ? await insertQueued(tx.db, { userId: who.userId!, exerciseId: exercise, source, seed }) : randomUUID();
      const sent = await this.boss.send(FAST_QUEUE, store ? { ...data, submissionId: id } : data, {
        ...jobOptions(FAST_QUEUE, this.settings),
        id,
        db: tx.jobs,
      });
      if (sent !== id) throw new Error('the grading queue did not take the job');
      await tx.notify(JOBS_CHANNEL, '');
      return id;
    });
    const report = await this.wait(id, store);
    if (report) return { done: true, report, ...(store ? { submissionId: id } : {}) };
    if (store) return { done: false, submissionId: id };
    throw new SubmissionRefused(503, 'grading is taking too long: try again in a moment', 10);
  }

  /** The buckets of submissions.ts's rules, in the database: per account (or guest address) and per address. */
  private async takeTokens(who: Submitter) {
    const { db } = this.database;
    const { rateBurst, ratePerSecond, addressBurst, addressPerSecond } = this.limits;
    const buckets: [string, BucketRule][] = [
      [who.userId !== undefined ? `submit:user:${who.userId}` : `submit:guest:${who.address}`, { burst: rateBurst, perSecond: ratePerSecond }],
      [`submit:address:${who.address}`, { burst: addressBurst, perSecond: addressPerSecond }],
    ];
    const taken: [string, BucketRule][] = [];
    for (const [key, rule] of buckets) {
      const t = await takeToken(db, key, rule);
      if (!t.ok) {
        for (const [k, r] of taken) await returnToken(db, k, r);
        throw new SubmissionRefused(429, `too many submissions: try again in ${t.retryAfterSeconds} s`, t.retryAfterSeconds);
      }
      taken.push([key, rule]);
    }
  }

  /** Per client: one grading plus NABLA_CLIENT_QUEUE waiting (429); in all: NABLA_QUEUE_MAX (503). */
  private async checkBounds(client: string) {
    const r = await this.database.db.execute(sql`
      select count(*) filter (where data->>'client' = ${client})::int as mine, count(*)::int as "all"
      from pgboss.job
      where name in (${FAST_QUEUE}, ${SLOW_QUEUE}) and state in ('created', 'retry', 'active')`);
    const [row] = ((r as { rows?: unknown[] }).rows ?? (r as unknown[])) as { mine: number; all: number }[];
    if (Number(row.mine) > this.limits.maxQueuedPerClient) {
      throw new SubmissionRefused(429, 'your earlier submissions are still being graded: wait for their results', 2);
    }
    if (Number(row.all) >= this.settings.maxQueued) throw new SubmissionRefused(503, 'the grading queue is full: try again in a few seconds', 5);
  }

  /** The report once graded; undefined when the wait ran out; rejects when closing. */
  private async wait(id: string, stored: boolean): Promise<Report | undefined> {
    const deadline = Date.now() + this.settings.waitMs;
    let wakeUp: () => void = () => {};
    const waiter = () => wakeUp();
    const set = this.waiters.get(id) ?? new Set();
    set.add(waiter);
    this.waiters.set(id, set);
    this.closeWaits.add(waiter);
    try {
      for (;;) {
        if (this.closed) throw new SchedulerClosed();
        const report = await this.outcome(id, stored);
        if (report) return report;
        const left = deadline - Date.now();
        if (left <= 0) return undefined;
        await new Promise<void>((r) => {
          const timer = setTimeout(r, Math.min(WAIT_POLL_MS, left));
          wakeUp = () => {
            clearTimeout(timer);
            r();
          };
        });
      }
    } finally {
      set.delete(waiter);
      if (!set.size) this.waiters.delete(id);
      this.closeWaits.delete(waiter);
    }
  }

  private async outcome(id: string, stored: boolean): Promise<Report | undefined> {
    if (stored) {
      const { db } = this.database;
      const r = await db.execute(sql`select status, report from submissions where id = ${id}::uuid`);
      const [row] = ((r as { rows?: unknown[] }).rows ?? []) as { status: string; report: Report | null }[];
      return row?.status === 'graded' && row.report ? row.report : undefined;
    }
    for (const queue of [FAST_QUEUE, SLOW_QUEUE]) {
      const job = await this.boss.getJobById<GradingJobData>(queue, id, { includeArchive: true });
      if (!job) return undefined;
      if (job.state === 'failed') throw new Error('grading failed repeatedly (the workers could not finish it)');
      if (job.state !== 'completed') return undefined;
      const out = job.output as GradingJobOutput | null;
      if (out && 'report' in out) return out.report;
      if (!out || !('moved' in out)) return undefined;
    }
    return undefined;
  }

  /** Readiness: grading workers that wrote a heartbeat recently (3 heartbeat periods). */
  async liveWorkers(): Promise<number> {
    return (await recentWorkers(this.database.db, 3 * this.settings.heartbeatSeconds)).workers;
  }

  /** Jobs waiting and running, per lane (/readyz). */
  async stats(): Promise<Record<string, number>> {
    const r = await this.database.db.execute(sql`
      select name, state, count(*)::int as n from pgboss.job
      where name in (${FAST_QUEUE}, ${SLOW_QUEUE}) and state in ('created', 'retry', 'active') group by name, state`);
    const out: Record<string, number> = { fastQueued: 0, fastRunning: 0, slowQueued: 0, slowRunning: 0 };
    for (const row of ((r as { rows?: unknown[] }).rows ?? []) as { name: string; state: string; n: number }[]) {
      const lane = row.name === FAST_QUEUE ? 'fast' : 'slow';
      out[`${lane}${row.state === 'active' ? 'Running' : 'Queued'}`] += Number(row.n);
    }
    return out;
  }

  /** Stop waiting (shutdown): waiting requests get SchedulerClosed; their jobs stay in the queue. */
  drain() {
    this.closed = true;
    for (const w of this.closeWaits) w();
  }

  async close(): Promise<void> {
    this.drain();
    await this.listener?.close();
    await this.boss.stop({ graceful: false, close: true, wait: true, timeout: 1_000 });
  }
}

/** The process's queue front (queue mode), opened once on the process's database. */
export function queueFront(): Promise<QueueFront> {
  const g = globalThis as { __nablaQueueFront?: Promise<QueueFront> };
  g.__nablaQueueFront ??= database().then((d) => QueueFront.open(d, process.env.DATABASE_URL!));
  return g.__nablaQueueFront;
}

/** Stop waiting for reports (shutdown grace period over); the jobs stay in the queue. */
export async function drainQueueFront(): Promise<void> {
  const g = globalThis as { __nablaQueueFront?: Promise<QueueFront> };
  (await g.__nablaQueueFront?.catch(() => undefined))?.drain();
}

export async function closeQueueFront(): Promise<void> {
  const g = globalThis as { __nablaQueueFront?: Promise<QueueFront> };
  const f = g.__nablaQueueFront;
  if (!f) return;
  await (await f.catch(() => undefined))?.close();
}
