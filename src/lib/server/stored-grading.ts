// Grading a stored submission: the row is written `queued` with its seed before grading, set
// `grading` when a worker takes it and `graded` with the report afterwards. At server start,
// rows an earlier process left queued or grading are graded again (same seed) in the background.
import { newSeed } from '../engine/random';
import type { Report } from '../engine/types';
import { asMessage, server as say } from '../protocol/messages';
import { contentVersion } from './content-version';
import { database, type Db } from './db';
import { insertQueued, markGrading, pendingSubmissions, storeGraded } from './store/submissions';
import { SchedulerClosed, scheduler, SubmissionRefused, type Submitter } from './submissions';

/** A pool failure (a wedged or crashed worker) is the submission's grade: an error report. */
export function failureReport(exercise: string, seed: number, message: string): Report {
  return {
    exercise,
    status: 'error',
    score: 0,
    passed: 0,
    total: 0,
    mode: 'submit',
    seed,
    error: { kind: /did not finish/.test(message) ? 'timeout' : 'internal', ...asMessage(say.failed(/did not finish/.test(message), message)) },
    checks: [],
    console: { lines: [], dropped: 0 },
    timings: { totalMs: 0, sandboxMs: 0, setupMs: 0 },
  };
}

async function gradeInto(db: Db, id: string, exercise: string, seed: number, grade: (onStart: () => void) => Promise<Report>): Promise<Report> {
  let report: Report;
  try {
    report = await grade(() => void markGrading(db, id).catch((e) => console.error('[nabla] marking a submission grading:', e)));
  } catch (e) {
    // Shutting down: the row stays queued/grading for the next start.
    if (e instanceof SchedulerClosed) throw e;
    report = failureReport(exercise, seed, (e as Error).message);
  }
  await recordGrade(db, id, exercise, report);
  return report;
}

/**
 * Write a grade into the record, once (storeGraded is idempotent on the submission id): the one
 * step after grading shared by in-process grading and the queue's workers (queue/worker.ts).
 * Returns whether this call stored it.
 */
export async function recordGrade(db: Db, id: string, exercise: string, report: Report): Promise<boolean> {
  return storeGraded(db, id, report, await contentVersion(exercise));
}

/**
 * A learner's Submit: admission (413, 404, 429, 503), then the row `queued`, then grading,
 * then the stored grade. Resolves with the report and the submission's id.
 */
export async function submitStored(
  who: Submitter & { userId: number },
  exercise: string,
  source: string,
): Promise<{ report: Report; submissionId: string }> {
  const sched = scheduler();
  await sched.check(exercise, source);
  if (source.includes('\0')) throw new SubmissionRefused(400, 'your code contains a NUL character (U+0000), which cannot be stored: remove it');
  const admission = sched.admit(who, exercise, source, 'submit');
  const seed = newSeed();
  let id: string;
  try {
    const { db } = await database();
    id = await insertQueued(db, { userId: who.userId, exerciseId: exercise, source, seed });
  } catch (e) {
    admission.cancel();
    throw e;
  }
  const { db } = await database();
  const report = await gradeInto(db, id, exercise, seed, (onStart) => admission.run(seed, onStart));
  return { report, submissionId: id };
}

const PAGE = 16;

/**
 * Grade again every submission an earlier process left `queued` or `grading`, oldest first,
 * through the scheduler (no rate limits; one at a time per learner, fairly among learners).
 */
export async function recoverPending(db: Db, startedAt = new Date()): Promise<number> {
  let after: { createdAt: Date; id: string } | undefined;
  let n = 0;
  for (;;) {
    const page = await pendingSubmissions(db, startedAt, PAGE, after);
    if (!page.length) return n;
    after = { createdAt: page[page.length - 1].createdAt, id: page[page.length - 1].id };
    const results = await Promise.allSettled(
      page.map((s) =>
        gradeInto(db, s.id, s.exerciseId, s.seed, (onStart) =>
          scheduler().gradeSystem(`recovery|user:${s.userId}`, s.exerciseId, s.source, s.seed, onStart),
        ),
      ),
    );
    for (const r of results) {
      if (r.status === 'fulfilled') n++;
      else if (r.reason instanceof SchedulerClosed) return n;
      else console.error('[nabla] regrading a stored submission failed:', r.reason);
    }
  }
}

/** Start recovery in the background (at server start, after the database opened). */
export function startRecovery(db: Db) {
  const startedAt = new Date();
  void recoverPending(db, startedAt).then(
    (n) => {
      if (n) console.log(`[nabla] graded ${n} submission(s) left ungraded by an earlier run`);
    },
    (e) => console.error('[nabla] recovering ungraded submissions failed:', e),
  );
}
