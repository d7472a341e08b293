// Readiness (GET /readyz): the database answers `select 1` and the grading pool has a live
// worker. Each probe is bounded in time, so a hung database is a 503, not a hung request.
export interface Readiness {
  ok: boolean;
  /** Why not ready, short (absent when ready). */
  reason?: string;
  database: 'ok' | 'unreachable';
  liveWorkers: number;
}

export interface ReadinessProbes {
  /** Resolves when the database answered a trivial query; rejects otherwise. */
  database(): Promise<unknown>;
  /** Live grading workers (0: none); may wait briefly for workers still loading. */
  workers(): Promise<number>;
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function readiness(probes: ReadinessProbes, timeoutMs = 3_000): Promise<Readiness> {
  const [db, workers] = await Promise.allSettled([
    within(probes.database(), timeoutMs, 'the database'),
    within(probes.workers(), timeoutMs, 'the grading pool'),
  ]);
  const liveWorkers = workers.status === 'fulfilled' ? workers.value : 0;
  const reasons: string[] = [];
  if (db.status === 'rejected') reasons.push(`database unreachable: ${(db.reason as Error)?.message ?? db.reason}`);
  if (liveWorkers === 0)
    reasons.push(workers.status === 'rejected' ? `grading pool: ${(workers.reason as Error)?.message ?? workers.reason}` : 'no live grading worker');
  return {
    ok: reasons.length === 0,
    ...(reasons.length ? { reason: reasons.join('; ') } : {}),
    database: db.status === 'fulfilled' ? 'ok' : 'unreachable',
    liveWorkers,
  };
}
