// GET /readyz: ready to serve learners — the database answers and a grading worker is alive.
// 200 { ok: true, … } or 503 { ok: false, reason, … } (for load balancers; /healthz is liveness),
// with the grading queue's counters (`grading`: running, queued, slow lane).
import { json } from '@sveltejs/kit';
import { database, sql } from '$lib/server/db';
import { readiness } from '$lib/server/readiness';
import { scheduler, type SubmissionScheduler } from '$lib/server/submissions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
  const r = await readiness({
    database: async () => (await database()).db.execute(sql`select 1`),
    workers: async () => (await scheduler().probe(2_000)).liveWorkers,
  });
  let grading: SubmissionScheduler['stats'] | undefined;
  try {
    grading = scheduler().stats;
  } catch {
    /* shutting down */
  }
  return json({ ...r, ...(grading ? { grading } : {}) }, { status: r.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
