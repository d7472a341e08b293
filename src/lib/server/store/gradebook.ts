// The gradebook: learners × exercises of a course, from the stored submissions. A submission
// counts for a course when its learner is enrolled and its exercise is in the course, whenever
// it was submitted. Only graded submissions count.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { courseExercises, enrollments, submissionHistory, submissions, users } from '../db/schema';
import { courseDeadlineMap, courseExerciseIds, courseLearners, type Learner } from './courses';

/** A graded submission without its code and report (what tables are computed from). */
export interface SubmissionRow {
  id: string;
  userId: number;
  username: string;
  exerciseId: string;
  createdAt: Date;
  verdict: 'pass' | 'fail' | 'error' | null;
  score: number | null;
  passed: number | null;
  total: number | null;
  mistake: string | null;
  contentVersion: string | null;
}

/** Every graded submission that counts for the course, oldest first (optionally one exercise or learner). */
export async function courseSubmissions(db: Db, courseId: number, only: { exerciseId?: string; userId?: number } = {}): Promise<SubmissionRow[]> {
  const conds = [eq(submissions.status, 'graded')];
  if (only.exerciseId !== undefined) conds.push(eq(submissions.exerciseId, only.exerciseId));
  if (only.userId !== undefined) conds.push(eq(submissions.userId, only.userId));
  return db
    .select({
      id: submissions.id,
      userId: submissions.userId,
      username: users.username,
      exerciseId: submissions.exerciseId,
      createdAt: submissions.createdAt,
      verdict: submissions.verdict,
      score: submissions.score,
      passed: submissions.passed,
      total: submissions.total,
      mistake: submissions.mistake,
      contentVersion: submissions.contentVersion,
    })
    .from(submissions)
    .innerJoin(enrollments, and(eq(enrollments.userId, submissions.userId), eq(enrollments.courseId, courseId)))
    .innerJoin(courseExercises, and(eq(courseExercises.exerciseId, submissions.exerciseId), eq(courseExercises.courseId, courseId)))
    .innerJoin(users, eq(users.id, submissions.userId))
    .where(and(...conds))
    .orderBy(asc(submissions.createdAt), asc(submissions.id));
}

export interface Cell {
  attempts: number;
  /** Best score (0..1), null without a graded submission. */
  best: number | null;
  /** First passing submission. */
  solvedAt: Date | null;
  firstAt: Date | null;
  /** First pass after the deadline, or no pass and the deadline has passed. */
  late: boolean;
  dueAt: Date | null;
}

export function cellOf(rows: SubmissionRow[], dueAt: Date | null, now: Date): Cell {
  let best: number | null = null;
  let solvedAt: Date | null = null;
  for (const r of rows) {
    const s = r.score ?? 0;
    if (best === null || s > best) best = s;
    if (r.verdict === 'pass' && (!solvedAt || r.createdAt < solvedAt)) solvedAt = r.createdAt;
  }
  const late = dueAt ? (solvedAt ? solvedAt > dueAt : now > dueAt) : false;
  return { attempts: rows.length, best, solvedAt, firstAt: rows[0]?.createdAt ?? null, late, dueAt };
}

export interface Gradebook {
  exercises: { id: string; chapter: number | undefined; dueAt: Date | null }[];
  learners: (Learner & { cells: Cell[]; solved: number })[];
}

/**
 * The course's gradebook. `chapterOf` maps an exercise to its chapter (from the content on
 * disk); deadlines are per chapter.
 */
export async function gradebook(db: Db, courseId: number, chapterOf: (id: string) => number | undefined, now = new Date()): Promise<Gradebook> {
  const [ids, deadlines, learners, rows] = await Promise.all([
    courseExerciseIds(db, courseId),
    courseDeadlineMap(db, courseId),
    courseLearners(db, courseId),
    courseSubmissions(db, courseId),
  ]);
  const exercises = ids.map((id) => {
    const chapter = chapterOf(id);
    return { id, chapter, dueAt: chapter !== undefined ? (deadlines.get(chapter) ?? null) : null };
  });
  const by = new Map<string, SubmissionRow[]>();
  for (const r of rows) {
    const k = `${r.userId}\0${r.exerciseId}`;
    let list = by.get(k);
    if (!list) by.set(k, (list = []));
    list.push(r);
  }
  return {
    exercises,
    learners: learners.map((l) => {
      const cells = exercises.map((e) => cellOf(by.get(`${l.id}\0${e.id}`) ?? [], e.dueAt, now));
      return { ...l, cells, solved: cells.filter((c) => c.solvedAt).length };
    }),
  };
}

/** Long form for the CSV: every counting submission with whether it was late. */
export async function submissionLog(db: Db, courseId: number, chapterOf: (id: string) => number | undefined) {
  const [rows, deadlines] = await Promise.all([courseSubmissions(db, courseId), courseDeadlineMap(db, courseId)]);
  return rows.map((r) => {
    const ch = chapterOf(r.exerciseId);
    const due = ch !== undefined ? deadlines.get(ch) : undefined;
    return { ...r, late: due ? r.createdAt > due : false };
  });
}

/** One learner's submissions of one exercise, newest first, with code, report and earlier reports. */
export async function learnerSubmissions(db: Db, userId: number, exerciseId: string) {
  const rows = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.exerciseId, exerciseId)))
    .orderBy(desc(submissions.createdAt), desc(submissions.id));
  const ids = rows.map((r) => r.id);
  const history = ids.length
    ? await db
        .select()
        .from(submissionHistory)
        .where(inArray(submissionHistory.submissionId, ids))
        .orderBy(desc(submissionHistory.replacedAt), desc(submissionHistory.id))
    : [];
  return rows.map((r) => ({ ...r, history: history.filter((h) => h.submissionId === r.id) }));
}

/** A learner's own row of the course: each exercise with its deadline and the learner's cell. */
export async function learnerCourseRow(db: Db, courseId: number, userId: number, chapterOf: (id: string) => number | undefined, now = new Date()) {
  const [ids, deadlines, rows] = await Promise.all([
    courseExerciseIds(db, courseId),
    courseDeadlineMap(db, courseId),
    courseSubmissions(db, courseId, { userId }),
  ]);
  return ids.map((id) => {
    const ch = chapterOf(id);
    const dueAt = ch !== undefined ? (deadlines.get(ch) ?? null) : null;
    return {
      id,
      chapter: ch,
      ...cellOf(
        rows.filter((r) => r.exerciseId === id),
        dueAt,
        now,
      ),
    };
  });
}
