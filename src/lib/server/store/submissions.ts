// Everything the database knows about a learner's work: submissions (queued → grading → graded),
// drafts with optimistic versions and their conflicts, imported guest progress. All SQL for
// these tables lives here; routes call these functions.
import { and, asc, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Report } from '../../engine/types';
import type { Db } from '../db';
import { draftConflicts, drafts, importedProgress, submissions } from '../db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a submission id (anything else is simply not found, never a 500). */
export function isSubmissionId(id: string): boolean {
  return UUID.test(id);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses unpaired surrogate escapes:
 * strings inside a stored report are made storable (NUL → U+FFFD, a lone surrogate → U+FFFD).
 * Sources with NUL are refused before they get here.
 */
export function storableReport(report: Report): Report {
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/\0/g, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[clean(k) as string] = clean(x);
      return out;
    }
    return v;
  };
  return clean(report) as Report;
}

// ---------------------------------------------------------------------------------------------
// Submissions

export interface NewSubmission {
  userId: number;
  exerciseId: string;
  source: string;
  seed: number;
}

/** Write a submission `queued`, before grading starts; returns its id. */
export async function insertQueued(db: Db, s: NewSubmission): Promise<string> {
  const [row] = await db
    .insert(submissions)
    .values({ userId: s.userId, exerciseId: s.exerciseId, source: s.source, seed: s.seed, status: 'queued' })
    .returning({ id: submissions.id });
  return row.id;
}

/**
 * A worker took it: a progress note, and one more attempt counted. A graded row does not change;
 * returns whether the row is still to be graded (false: graded already, or gone).
 */
export async function markGrading(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(submissions)
    .set({ status: 'grading', gradingAttempts: sql`${submissions.gradingAttempts} + 1` })
    .where(and(eq(submissions.id, id), ne(submissions.status, 'graded')))
    .returning({ id: submissions.id });
  return rows.length > 0;
}

/**
 * Store the grade. Idempotent: only a row not yet `graded` is updated, so a retry (a restart
 * grading the same submission again) never writes a second grade into the record. Returns
 * whether this call stored it.
 */
export async function storeGraded(db: Db, id: string, report: Report, contentVersion: string): Promise<boolean> {
  const r = storableReport(report);
  const rows = await db
    .update(submissions)
    .set({
      status: 'graded',
      verdict: r.status,
      passed: r.passed,
      total: r.total,
      score: r.status === 'error' || !r.total ? 0 : r.passed / r.total,
      mistake: r.mistake?.id ?? null,
      report: r,
      contentVersion,
      gradedAt: new Date(),
      gradeWrites: sql`${submissions.gradeWrites} + 1`,
    })
    .where(and(eq(submissions.id, id), ne(submissions.status, 'graded')))
    .returning({ id: submissions.id });
  return rows.length > 0;
}

export interface PendingSubmission {
  id: string;
  userId: number;
  exerciseId: string;
  source: string;
  seed: number;
  createdAt: Date;
}

/**
 * Submissions not yet graded that were created at or before `before`, oldest first, after the
 * cursor (createdAt, id) of the previous page.
 */
export async function pendingSubmissions(db: Db, before: Date, limit: number, after?: { createdAt: Date; id: string }): Promise<PendingSubmission[]> {
  // Timestamps hold microseconds, a Date milliseconds: order and page on milliseconds (then id),
  // so the cursor taken from a Date compares exactly.
  const at = sql<Date>`date_trunc('milliseconds', ${submissions.createdAt})`;
  const cursor = after ? sql`(${at}, ${submissions.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined;
  const rows = await db
    .select({
      id: submissions.id,
      userId: submissions.userId,
      exerciseId: submissions.exerciseId,
      source: submissions.source,
      seed: submissions.seed,
      createdAt: submissions.createdAt,
    })
    .from(submissions)
    .where(and(ne(submissions.status, 'graded'), lte(submissions.createdAt, before), cursor))
    .orderBy(asc(at), asc(submissions.id))
    .limit(limit);
  return rows;
}

export interface SubmissionSummary {
  id: string;
  exerciseId: string;
  createdAt: string;
  status: 'queued' | 'grading' | 'graded';
  verdict: 'pass' | 'fail' | 'error' | null;
  score: number | null;
  passed: number | null;
  total: number | null;
}

const summaryColumns = {
  id: submissions.id,
  exerciseId: submissions.exerciseId,
  createdAt: submissions.createdAt,
  status: submissions.status,
  verdict: submissions.verdict,
  score: submissions.score,
  passed: submissions.passed,
  total: submissions.total,
};

type SummaryRow = Omit<SubmissionSummary, 'createdAt'> & { createdAt: Date };
const summary = (r: SummaryRow): SubmissionSummary => ({ ...r, createdAt: r.createdAt.toISOString() });

/** The user's own submissions of an exercise, newest first. */
export async function listSubmissions(db: Db, userId: number, exerciseId: string, limit = 200): Promise<SubmissionSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.exerciseId, exerciseId)))
    .orderBy(desc(submissions.createdAt), desc(submissions.id))
    .limit(limit);
  return rows.map(summary);
}

export interface SubmissionDetail extends SubmissionSummary {
  source: string;
  mistake: string | null;
  report: Report | null;
  gradedAt: string | null;
}

/** One of the user's own submissions; undefined for anyone else's (or none). */
export async function getSubmission(db: Db, userId: number, id: string): Promise<SubmissionDetail | undefined> {
  if (!isSubmissionId(id)) return undefined;
  const [row] = await db
    .select({
      ...summaryColumns,
      source: submissions.source,
      mistake: submissions.mistake,
      report: submissions.report,
      gradedAt: submissions.gradedAt,
    })
    .from(submissions)
    .where(and(eq(submissions.id, id), eq(submissions.userId, userId)));
  if (!row) return undefined;
  return {
    ...summary(row),
    source: row.source,
    mistake: row.mistake,
    report: row.report as Report | null,
    gradedAt: row.gradedAt?.toISOString() ?? null,
  };
}

export type ProgressState = 'attempted' | 'solved';

/** solved = any passing submission (or imported solved); attempted = any submission (or imported). */
export async function progressOf(db: Db, userId: number): Promise<Record<string, ProgressState>> {
  const out: Record<string, ProgressState> = {};
  const graded = await db
    .select({ exerciseId: submissions.exerciseId, solved: sql<boolean>`bool_or(${submissions.verdict} = 'pass')` })
    .from(submissions)
    .where(eq(submissions.userId, userId))
    .groupBy(submissions.exerciseId);
  for (const g of graded) out[g.exerciseId] = g.solved ? 'solved' : 'attempted';
  const imported = await db.select().from(importedProgress).where(eq(importedProgress.userId, userId));
  for (const i of imported) if (out[i.exerciseId] !== 'solved') out[i.exerciseId] = i.state;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Drafts

export interface Draft {
  source: string;
  version: number;
  updatedAt: string;
}

export async function getDraft(db: Db, userId: number, exerciseId: string): Promise<Draft | undefined> {
  const [row] = await db
    .select({ source: drafts.source, version: drafts.version, updatedAt: drafts.updatedAt })
    .from(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.exerciseId, exerciseId)));
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : undefined;
}

export type PutDraftResult = { ok: true; draft: Draft } | { ok: false; current: Draft; conflictId: number };

/**
 * Save a draft over `baseVersion` (null: the browser has never seen a server draft). It succeeds
 * when the stored version is `baseVersion` (or there is none); otherwise the incoming code is
 * kept in draft_conflicts and the stored draft is returned.
 */
export async function putDraft(db: Db, userId: number, exerciseId: string, source: string, baseVersion: number | null): Promise<PutDraftResult> {
  const now = new Date();
  if (baseVersion === null) {
    const inserted = await db
      .insert(drafts)
      .values({ userId, exerciseId, source, version: 1, updatedAt: now })
      .onConflictDoNothing()
      .returning({ source: drafts.source, version: drafts.version, updatedAt: drafts.updatedAt });
    if (inserted.length) return { ok: true, draft: { ...inserted[0], updatedAt: inserted[0].updatedAt.toISOString() } };
  } else {
    const updated = await db
      .update(drafts)
      .set({ source, version: sql`${drafts.version} + 1`, updatedAt: now })
      .where(and(eq(drafts.userId, userId), eq(drafts.exerciseId, exerciseId), eq(drafts.version, baseVersion)))
      .returning({ source: drafts.source, version: drafts.version, updatedAt: drafts.updatedAt });
    if (updated.length) return { ok: true, draft: { ...updated[0], updatedAt: updated[0].updatedAt.toISOString() } };
  }
  const current = await getDraft(db, userId, exerciseId);
  if (!current) {
    // A base version for a draft that does not exist (deleted meanwhile): start it again.
    return putDraft(db, userId, exerciseId, source, null);
  }
  if (current.source === source) return { ok: true, draft: current };
  const conflictId = await keepConflict(db, userId, exerciseId, source);
  return { ok: false, current, conflictId };
}

async function keepConflict(db: Db, userId: number, exerciseId: string, source: string): Promise<number> {
  const [row] = await db.insert(draftConflicts).values({ userId, exerciseId, source }).returning({ id: draftConflicts.id });
  return row.id;
}

/** Conflicting copies not yet resolved, newest first. */
export async function openConflicts(db: Db, userId: number, exerciseId: string) {
  const rows = await db
    .select({ id: draftConflicts.id, source: draftConflicts.source, createdAt: draftConflicts.createdAt })
    .from(draftConflicts)
    .where(and(eq(draftConflicts.userId, userId), eq(draftConflicts.exerciseId, exerciseId), eq(draftConflicts.resolved, false)))
    .orderBy(desc(draftConflicts.id))
    .limit(20);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** The learner chose a side: the conflict's copies stay stored, marked resolved. */
export async function resolveConflicts(db: Db, userId: number, exerciseId: string): Promise<void> {
  await db
    .update(draftConflicts)
    .set({ resolved: true })
    .where(and(eq(draftConflicts.userId, userId), eq(draftConflicts.exerciseId, exerciseId)));
}

// ---------------------------------------------------------------------------------------------
// Guest import

export interface GuestImport {
  progress: Record<string, ProgressState>;
  drafts: Record<string, string>;
}

/**
 * Import what a guest did in this browser: progress (solved is never downgraded) and drafts (a
 * different server draft wins; the imported one is kept in draft_conflicts).
 */
export async function importGuest(db: Db, userId: number, data: GuestImport) {
  let progress = 0;
  let draftsImported = 0;
  let conflicts = 0;
  for (const [exerciseId, state] of Object.entries(data.progress)) {
    await db
      .insert(importedProgress)
      .values({ userId, exerciseId, state })
      .onConflictDoUpdate({
        target: [importedProgress.userId, importedProgress.exerciseId],
        set: { state: sql`case when ${importedProgress.state} = 'solved' then 'solved' else excluded.state end`, importedAt: new Date() },
      });
    progress++;
  }
  for (const [exerciseId, source] of Object.entries(data.drafts)) {
    const r = await putDraft(db, userId, exerciseId, source, null);
    if (r.ok) draftsImported++;
    else conflicts++;
  }
  return { progress, drafts: draftsImported, conflicts };
}

/** Ids from a list that have rows (for tests and tools). */
export async function submissionStatuses(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: submissions.id, status: submissions.status, report: submissions.report })
    .from(submissions)
    .where(inArray(submissions.id, ids));
}
