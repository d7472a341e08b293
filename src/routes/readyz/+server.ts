// GET /readyz: ready to serve learners — the database answers and a grading worker is alive
// (in-process: a live thread of this process's pool; queue mode: a worker process's heartbeat
// seen recently). 200 { ok: true, … } or 503 { ok: false, reason, … } (for load balancers;
// /healthz is liveness), with the grading queue's counters (`grading`: running, queued, slow lane).
import { json } from '@sveltejs/kit';
import { database, sql } from '$lib/server/db';
import { queueFront } from '$lib/server/queue/front';
import { gradingMode } from '$lib/server/queue/settings';
import { readiness } from '$lib/server/readiness';
import { scheduler } from '$lib/server/submissions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
  const queued = gradingMode() === 'queue';
  const r = await readiness({
    database: async () => (await database()).db.execute(sql`select 1`),
    workers: async () => (queued ? (await queueFront()).liveWorkers() : (await scheduler().probe(2_000)).liveWorkers),
  });
  let grading: Record<string, number> | undefined;
  try {
    grading = queued ? await (await queueFront()).stats() : scheduler().stats;
  } catch {
    /* shutting down, or the database is unreachable */
  }
  return json(
    { ...r, mode: queued ? 'queue' : 'in-process', ...(grading ? { grading } : {}) },
    { status: r.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
};
