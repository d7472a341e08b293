// Regrading: after an exercise's content changes (grader, reference, mistakes), grade its stored
// submissions again with their stored seeds. The earlier result of each submission is copied
// into submission_history first: nothing is hidden, nothing is lost.
import { and, asc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Report } from '../../engine/types';
import type { Db } from '../db';
import { enrollments, regrades, submissionHistory, submissions, users } from '../db/schema';

export interface RegradeLearner {
  id: number;
  username: string;
}

export interface RegradeSummary {
  exercise: string;
  courseId: number | null;
  contentVersion: string;
  /** Graded every submission in scope (--all), not only those of other content versions. */
  all: boolean;
  /** Submissions graded again. */
  submissions: number;
  /** Of them, those whose result (verdict, checks, recognised mistake) changed. */
  changed: number;
  /** Submissions the grader could not grade again (their stored result is kept). */
  failed: { id: string; message: string }[];
  /** Learners whose best result went from no pass to a pass, and back. */
  learnersFailToPass: RegradeLearner[];
  learnersPassToFail: RegradeLearner[];
}

export interface RegradeOptions {
  exerciseId: string;
  /** Only the submissions of this course's learners. */
  courseId?: number | null;
  /** Every submission, also those graded against the current content. */
  all?: boolean;
  startedBy?: number | null;
  /** The exercise's current content version (content-version.ts). */
  contentVersion: string;
  /** Grades one submission (a GradingPool's grade). */
  grade: (job: { exercise: string; source: string; mode: 'submit'; seed: number }) => Promise<Report>;
  /** Called after each submission (progress for the CLI). */
  onProgress?: (done: number, total: number) => void;
}

/** What a learner would see change: verdict, counts, each check's status and message, the mistake. */
function fingerprint(r: { verdict: string | null; passed: number | null; total: number | null; mistake: string | null; report: unknown }): string {
  const rep = r.report as Partial<Report> | null;
  const checks = (rep?.checks ?? []).map((c) => [c.id, c.status, c.message ?? '']);
  return JSON.stringify([r.verdict, r.passed, r.total, r.mistake, rep?.error?.message ?? null, checks]);
}

export function resultOf(report: Report) {
  return {
    verdict: report.status,
    passed: report.passed,
    total: report.total,
    score: report.status === 'error' ? 0 : report.score,
    mistake: report.mistake?.id ?? null,
    report,
  };
}

async function passing(db: Db, exerciseId: string, userIds: number[]): Promise<Set<number>> {
  if (!userIds.length) return new Set();
  const rows = await db
    .selectDistinct({ userId: submissions.userId })
    .from(submissions)
    .where(
      and(
        eq(submissions.exerciseId, exerciseId),
        eq(submissions.status, 'graded'),
        eq(submissions.verdict, 'pass'),
        inArray(submissions.userId, userIds),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

/** Submissions a regrade would grade again (without --all: those of another content version). */
export async function regradeTargets(db: Db, opts: Pick<RegradeOptions, 'exerciseId' | 'courseId' | 'all' | 'contentVersion'>) {
  const conds = [eq(submissions.exerciseId, opts.exerciseId), eq(submissions.status, 'graded')];
  if (!opts.all) conds.push(or(isNull(submissions.contentVersion), ne(submissions.contentVersion, opts.contentVersion))!);
  const base = db
    .select({
      id: submissions.id,
      userId: submissions.userId,
      source: submissions.source,
      seed: submissions.seed,
      verdict: submissions.verdict,
      passed: submissions.passed,
      total: submissions.total,
      score: submissions.score,
      mistake: submissions.mistake,
      report: submissions.report,
      contentVersion: submissions.contentVersion,
      gradedAt: submissions.gradedAt,
    })
    .from(submissions);
  const q = opts.courseId
    ? base.innerJoin(enrollments, and(eq(enrollments.userId, submissions.userId), eq(enrollments.courseId, opts.courseId)))
    : base;
  return q.where(and(...conds)).orderBy(asc(submissions.createdAt), asc(submissions.id));
}

export async function regradeExercise(db: Db, opts: RegradeOptions): Promise<{ id: number; summary: RegradeSummary }> {
  const targets = await regradeTargets(db, opts);
  const userIds = [...new Set(targets.map((t) => t.userId))];
  const before = await passing(db, opts.exerciseId, userIds);
  const [run] = await db
    .insert(regrades)
    .values({ exerciseId: opts.exerciseId, courseId: opts.courseId ?? null, startedBy: opts.startedBy ?? null, contentVersion: opts.contentVersion })
    .returning({ id: regrades.id });

  let regraded = 0;
  let changed = 0;
  const failed: RegradeSummary['failed'] = [];
  for (const [i, t] of targets.entries()) {
    let report: Report;
    try {
      report = await opts.grade({ exercise: opts.exerciseId, source: t.source, mode: 'submit', seed: t.seed });
    } catch (e) {
      failed.push({ id: t.id, message: (e as Error).message });
      opts.onProgress?.(i + 1, targets.length);
      continue;
    }
    const next = resultOf(report);
    await db.transaction(async (tx) => {
      await tx.insert(submissionHistory).values({
        submissionId: t.id,
        regradeId: run.id,
        verdict: t.verdict,
        passed: t.passed,
        total: t.total,
        score: t.score,
        mistake: t.mistake,
        report: t.report,
        contentVersion: t.contentVersion,
        gradedAt: t.gradedAt,
      });
      await tx
        .update(submissions)
        .set({ ...next, contentVersion: opts.contentVersion, gradedAt: new Date() })
        .where(eq(submissions.id, t.id));
    });
    regraded++;
    if (fingerprint(t) !== fingerprint(next)) changed++;
    opts.onProgress?.(i + 1, targets.length);
  }

  const after = await passing(db, opts.exerciseId, userIds);
  const names = userIds.length
    ? new Map(
        (await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.id, userIds))).map((u) => [u.id, u.username]),
      )
    : new Map<number, string>();
  const who = (ids: number[]) => ids.map((id) => ({ id, username: names.get(id) ?? `#${id}` })).sort((a, b) => a.username.localeCompare(b.username));
  const summary: RegradeSummary = {
    exercise: opts.exerciseId,
    courseId: opts.courseId ?? null,
    contentVersion: opts.contentVersion,
    all: !!opts.all,
    submissions: regraded,
    changed,
    failed,
    learnersFailToPass: who(userIds.filter((u) => !before.has(u) && after.has(u))),
    learnersPassToFail: who(userIds.filter((u) => before.has(u) && !after.has(u))),
  };
  await db.update(regrades).set({ finishedAt: new Date(), summary }).where(eq(regrades.id, run.id));
  return { id: run.id, summary };
}

/** A summary in words, for the terminal. */
export function formatSummary(s: RegradeSummary): string {
  const names = (l: RegradeLearner[]) => (l.length ? l.map((u) => u.username).join(', ') : 'none');
  const lines = [
    `${s.exercise}${s.courseId ? ` (course ${s.courseId})` : ''}: ${s.submissions} submission${s.submissions === 1 ? '' : 's'} regraded against content ${s.contentVersion}${s.all ? ' (all)' : ''}`,
    `  reports changed: ${s.changed}`,
    `  learners fail → pass: ${s.learnersFailToPass.length} (${names(s.learnersFailToPass)})`,
    `  learners pass → fail: ${s.learnersPassToFail.length} (${names(s.learnersPassToFail)})`,
  ];
  if (s.failed.length) lines.push(`  could not regrade ${s.failed.length}: ${s.failed.map((f) => `${f.id}: ${f.message}`).join('; ')}`);
  return lines.join('\n');
}
