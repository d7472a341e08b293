// Realistic course data for the instructor tests: real reports from the grading pool (the
// reference solution and known-wrong variants), inserted as stored submissions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/lib/engine/types';
import type { Db } from '../../src/lib/server/db';
import { submissions, users } from '../../src/lib/server/db/schema';
import { GradingPool } from '../../src/lib/server/pool';
import { resultOf } from '../../src/lib/server/store/regrade';

export const ROOT = join(import.meta.dirname, '../..');
export const SEED = 7;

export function referenceSource(exercise: string, mistake?: string): string {
  return readFileSync(join(ROOT, 'reference', exercise, mistake ? `mistakes/${mistake}.js` : 'solution.js'), 'utf8');
}

export interface Graded {
  source: string;
  report: Report;
}

/** Grade the reference and the named mistakes of an exercise once, as Submit does. */
export async function gradeSources(pool: GradingPool, exercise: string, mistakes: string[]): Promise<Record<string, Graded>> {
  const out: Record<string, Graded> = {};
  for (const name of ['solution', ...mistakes]) {
    const source = referenceSource(exercise, name === 'solution' ? undefined : name);
    out[name] = { source, report: await pool.grade({ exercise, source, mode: 'submit', seed: SEED }) };
  }
  return out;
}

export async function addUser(db: Db, username: string, role: 'learner' | 'instructor' = 'learner', passwordHash = 'x'): Promise<number> {
  const [u] = await db.insert(users).values({ username, role, passwordHash }).returning({ id: users.id });
  return u.id;
}

/** A graded submission as the Submit path stores it. `as` lets a test store a stale result for a source. */
export async function addSubmission(
  db: Db,
  o: { userId: number; exercise: string; graded: Graded; at: Date; contentVersion: string; as?: Graded },
): Promise<string> {
  const shown = o.as ?? o.graded;
  const [s] = await db
    .insert(submissions)
    .values({
      userId: o.userId,
      exerciseId: o.exercise,
      source: o.graded.source,
      status: 'graded',
      seed: SEED,
      ...resultOf(shown.report),
      contentVersion: o.contentVersion,
      createdAt: o.at,
      gradedAt: o.at,
    })
    .returning({ id: submissions.id });
  return s.id;
}
