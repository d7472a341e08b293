// Where grading happens, and the job queue's settings, from the environment.
//
// NABLA_GRADING=queue (with DATABASE_URL): submissions become jobs in a pg-boss queue on the same
// PostgreSQL server, graded by separate `npm run worker` processes. Anything else (the default):
// each web process grades in its own worker threads (in-process), with no setup.

export type GradingMode = 'in-process' | 'queue';

/** The grading mode; queue mode without DATABASE_URL is a configuration error (thrown, clearly). */
export function gradingMode(env: NodeJS.ProcessEnv = process.env): GradingMode {
  const v = (env.NABLA_GRADING ?? '').trim();
  if (v === '' || v === 'in-process') return 'in-process';
  if (v !== 'queue') throw new Error(`NABLA_GRADING must be 'queue' or 'in-process' (got '${v}')`);
  if (!env.DATABASE_URL) throw new Error('NABLA_GRADING=queue needs DATABASE_URL (the queue lives on the PostgreSQL server)');
  return 'queue';
}

export interface QueueSettings {
  /**
   * A job active this long without being finished is failed by pg-boss's maintenance and retried
   * (a worker that died mid-job): the fast lane's jobs end within a few seconds, the slow lane's
   * within the pool's hard timeout (60 s).
   */
  fastExpireSeconds: number;
  slowExpireSeconds: number;
  /** Seconds before a failed or expired job is offered again, and how many times. */
  retryDelaySeconds: number;
  retryLimit: number;
  /** How often pg-boss's maintenance (expiry, archiving) runs, seconds (one process runs it per interval). */
  maintenanceSeconds: number;
  /** Idle workers look for jobs this often besides being woken by NOTIFY, ms. */
  pollMs: number;
  /** A web process waits this long for a job's report before answering "still grading", ms. */
  waitMs: number;
  /** Workers write a heartbeat this often, s; /readyz wants one seen within 3 × this. */
  heartbeatSeconds: number;
  /** Jobs queued or running in all before Submit answers 503. */
  maxQueued: number;
}

export function queueSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const num = (name: string, fallback: number, min = 1) => {
    const v = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(v) && v >= min ? v : fallback;
  };
  const expire = env.NABLA_QUEUE_EXPIRE_SECONDS ? Math.floor(num('NABLA_QUEUE_EXPIRE_SECONDS', 30)) : undefined;
  return {
    fastExpireSeconds: expire ?? 30,
    slowExpireSeconds: expire ?? 90,
    retryDelaySeconds: Math.floor(num('NABLA_QUEUE_RETRY_DELAY_SECONDS', 1, 0)),
    retryLimit: Math.floor(num('NABLA_QUEUE_RETRY_LIMIT', 5, 0)),
    maintenanceSeconds: Math.floor(num('NABLA_QUEUE_MAINTENANCE_SECONDS', 10)),
    pollMs: num('NABLA_QUEUE_POLL_MS', 1_000, 50),
    waitMs: num('NABLA_QUEUE_WAIT_MS', 120_000, 100),
    heartbeatSeconds: num('NABLA_HEARTBEAT_SECONDS', 5),
    maxQueued: Math.floor(num('NABLA_QUEUE_MAX', 2_000)),
  };
}
