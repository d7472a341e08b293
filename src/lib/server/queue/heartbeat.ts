// Grading workers' heartbeats (table grading_workers): written by `npm run worker` every few
// seconds, read by /readyz ("at least one grading worker seen recently") and the benchmark.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { gradingWorkers } from '../db/schema';

export interface Beat {
  id: string;
  threads: number;
  running: number;
  finished: number;
}

/** Write a heartbeat (the database's clock is the only clock). */
export async function beat(db: Db, b: Beat): Promise<void> {
  await db
    .insert(gradingWorkers)
    .values({ id: b.id, threads: b.threads, running: b.running, finished: b.finished })
    .onConflictDoUpdate({
      target: gradingWorkers.id,
      set: { seenAt: sql`now()`, threads: b.threads, running: b.running, finished: b.finished },
    });
}

/** A worker that stops cleanly says so (a dead one simply stops beating). */
export async function forget(db: Db, id: string): Promise<void> {
  await db.delete(gradingWorkers).where(eq(gradingWorkers.id, id));
}

/** Workers seen within `seconds`: how many, and their threads in all. */
export async function recentWorkers(db: Db, seconds: number): Promise<{ workers: number; threads: number }> {
  const [row] = await db
    .select({ workers: sql<number>`count(*)::int`, threads: sql<number>`coalesce(sum(${gradingWorkers.threads}), 0)::int` })
    .from(gradingWorkers)
    .where(sql`${gradingWorkers.seenAt} > now() - make_interval(secs => ${seconds}::float8)`);
  return { workers: Number(row?.workers ?? 0), threads: Number(row?.threads ?? 0) };
}
