// The grading job queue: pg-boss 10 on the PostgreSQL server of DATABASE_URL (its own schema,
// `pgboss`, created and migrated by pg-boss at start). Two queues, the two lanes of
// submissions.ts: every job starts in `grading-fast` (the short budget); one that exceeds it is
// moved to `grading-slow` (full limits, a share of each worker's threads).
//
// Job ids are the tickets of the web process that waits for them: a stored submission's id, or a
// fresh uuid for an unstored grading (Run, guests). A job keeps its id when it moves to the slow
// queue (pg-boss keys jobs by queue and id), so the waiting web process always knows what to read.
import PgBoss from 'pg-boss';
import type { Report } from '../../engine/types';
import type { QueueSettings } from './settings';

export const FAST_QUEUE = 'grading-fast';
export const SLOW_QUEUE = 'grading-slow';
export type QueueName = typeof FAST_QUEUE | typeof SLOW_QUEUE;

/** Web processes LISTEN here for finished jobs (payload: the job id). */
export const GRADED_CHANNEL = 'nabla_graded';
/** Workers LISTEN here for new jobs (sent in the transaction that queues a job: delivered at commit). */
export const JOBS_CHANNEL = 'nabla_jobs';

export interface GradingJobData {
  exercise: string;
  source: string;
  mode: 'run' | 'submit';
  seed: number;
  /** address|tab of the submitter: per-client bounds. */
  client: string;
  /** Set when the grade is stored in `submissions` (the job id is then the submission's id). */
  submissionId?: string;
}

/** What a finished job leaves in pg-boss's `output`: the report, or that it moved to the slow lane. */
export type GradingJobOutput = { report: Report } | { stored: true } | { moved: true };

/** A pg-boss executor over one connection (a transaction in progress). */
export interface Executor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: any[] }>;
}

export function executorOf(client: { query(text: string, values?: unknown[]): Promise<{ rows: any[] }> }): Executor {
  return { executeSql: (text, values) => client.query(text, values) };
}

export interface BossOptions {
  url: string;
  settings: QueueSettings;
  /** Workers run pg-boss's maintenance (expiry → retries, archiving); web processes do not. */
  supervise: boolean;
  /** Connections of pg-boss's own pool. */
  max?: number;
}

/** Start pg-boss (creating or migrating its schema) and make sure both queues exist. */
export async function startBoss(opts: BossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: opts.url,
    max: opts.max ?? 4,
    application_name: 'nabla-queue',
    supervise: opts.supervise,
    schedule: false,
    maintenanceIntervalSeconds: opts.settings.maintenanceSeconds,
    // Finished jobs move to the archive after an hour and leave it after a day: the record of a
    // grade is the submission row, not the job.
    archiveCompletedAfterSeconds: 3_600,
    deleteAfterDays: 1,
  });
  boss.on('error', (e) => console.error('[nabla] job queue:', e.message));
  await boss.start();
  for (const name of [FAST_QUEUE, SLOW_QUEUE]) await boss.createQueue(name, { name, policy: 'standard' });
  return boss;
}

/** Per-job pg-boss options: expiry (a dead worker's job is retried) and retries. */
export function jobOptions(queue: QueueName, s: QueueSettings): PgBoss.SendOptions {
  return {
    expireInSeconds: queue === FAST_QUEUE ? s.fastExpireSeconds : s.slowExpireSeconds,
    retryLimit: s.retryLimit,
    retryDelay: s.retryDelaySeconds,
    retryBackoff: false,
  };
}
