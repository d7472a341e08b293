// The submissions store on its own: the final write is idempotent (a retry never grades twice
// into the record), pending submissions come oldest first, page by page; reports with characters
// PostgreSQL cannot hold are stored. On PGlite and on PostgreSQL.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/lib/engine/types';
import type { Database } from '../src/lib/server/db';
import { submissions, users } from '../src/lib/server/db/schema';
import { getSubmission, insertQueued, listSubmissions, markGrading, pendingSubmissions, storeGraded } from '../src/lib/server/store/submissions';
import { DATABASE_KINDS, testDatabase } from './support/databases';

const report = (status: Report['status'], passed: number, total: number, seed: number, extra: Partial<Report> = {}): Report => ({
  exercise: 'linear-predict',
  status,
  score: total ? passed / total : 0,
  passed,
  total,
  mode: 'submit',
  seed,
  checks: [],
  console: { lines: [], dropped: 0 },
  timings: { totalMs: 1, sandboxMs: 1, setupMs: 0 },
  ...extra,
});

describe.each(DATABASE_KINDS)('on %s', (kind) => {
  let database: Database;
  let userId: number;
  beforeAll(async () => {
    database = await testDatabase(kind);
    [{ id: userId }] = await database.db.insert(users).values({ username: 'store', passwordHash: 'x' }).returning({ id: users.id });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('stores a grade once: a later retry does not write into the record', async () => {
    const { db } = database;
    const id = await insertQueued(db, { userId, exerciseId: 'linear-predict', source: 'src', seed: 42 });
    expect(await markGrading(db, id)).toBe(true);
    expect((await getSubmission(db, userId, id))?.status).toBe('grading');
    expect(await storeGraded(db, id, report('fail', 3, 4, 42, { mistake: { id: 'no-bias', hint: { en: 'h' }, agreement: 1 } }), 'v1')).toBe(true);
    expect(await storeGraded(db, id, report('pass', 4, 4, 42), 'v2')).toBe(false);
    expect(await markGrading(db, id)).toBe(false); // late progress note: no effect, nothing left to grade
    const s = (await getSubmission(db, userId, id))!;
    expect(s).toMatchObject({ status: 'graded', verdict: 'fail', passed: 3, total: 4, score: 0.75, mistake: 'no-bias' });
    expect(s.report?.status).toBe('fail');
    // The counters the queue's scale-out test reads: one grade write, two starts (the late one ignored).
    const [row] = await db
      .select({ gradeWrites: submissions.gradeWrites, attempts: submissions.gradingAttempts })
      .from(submissions)
      .where(eq(submissions.id, id));
    expect(row).toEqual({ gradeWrites: 1, attempts: 1 });
    expect(await getSubmission(db, userId + 1, id)).toBeUndefined();
    expect(await getSubmission(db, userId, 'not-a-uuid')).toBeUndefined();
  });

  it('an error scores 0', async () => {
    const { db } = database;
    const id = await insertQueued(db, { userId, exerciseId: 'linear-predict', source: 'src', seed: 1 });
    await storeGraded(db, id, report('error', 2, 5, 1), 'v1');
    expect((await getSubmission(db, userId, id))?.score).toBe(0);
  });

  it('pending submissions: oldest first, page by page, only those before the start', async () => {
    const { db } = database;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await insertQueued(db, { userId, exerciseId: 'adam', source: `s${i}`, seed: i }));
    const before = new Date(Date.now() + 1000);
    const seen: string[] = [];
    const times: number[] = [];
    let after: { createdAt: Date; id: string } | undefined;
    for (;;) {
      const page = await pendingSubmissions(db, before, 2, after);
      if (!page.length) break;
      seen.push(...page.map((p) => p.id));
      times.push(...page.map((p) => p.createdAt.getTime()));
      after = { createdAt: page[page.length - 1].createdAt, id: page[page.length - 1].id };
    }
    // Each exactly once, oldest first (rows of the same millisecond come in id order).
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await pendingSubmissions(db, new Date(0), 10)).toEqual([]);
    const list = await listSubmissions(db, userId, 'adam');
    // Newest first (rows written in the same clock tick may come in either order).
    expect(list.map((s) => s.id).sort()).toEqual([...ids].sort());
    const listed = list.map((s) => new Date(s.createdAt).getTime());
    expect(listed).toEqual([...listed].sort((a, b) => b - a));
  });

  it('a report with NUL and lone surrogates in its strings is stored', async () => {
    const { db } = database;
    const id = await insertQueued(db, { userId, exerciseId: 'linear-predict', source: 'src', seed: 7 });
    const r = report('fail', 0, 1, 7, { console: { lines: ['a\0b', 'lone \ud800 x'], dropped: 0 } });
    expect(await storeGraded(db, id, r, 'v1')).toBe(true);
    const s = (await getSubmission(db, userId, id))!;
    expect(s.report?.console.lines).toEqual(['a\uFFFDb', 'lone \uFFFD x']);
  });
});
