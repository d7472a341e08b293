// Per-exercise statistics of a course: who tried, who solved, after how many attempts and how
// long, and which recognised mistakes the class made (and whether those learners got past them).
import { and, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../db';
import { regrades, users } from '../db/schema';
import { courseLearners } from './courses';
import { courseSubmissions, type SubmissionRow } from './gradebook';

export interface MistakeStat {
  id: string;
  /** Learners with at least one submission recognised as this mistake. */
  learners: number;
  /** Of them, learners whose first pass came after their first such submission. */
  solvedAfter: number;
  submissions: number;
}

export interface ExerciseStatistics {
  enrolled: number;
  attempted: number;
  solved: number;
  /** solved / attempted, null when nobody attempted. */
  passRate: number | null;
  submissions: number;
  /** How many learners solved on their 1st, 2nd, … submission. */
  attemptsToSolve: { attempts: number; learners: number }[];
  /** First submission → first pass, median over solvers, in seconds. */
  medianSecondsToSolve: number | null;
  mistakes: MistakeStat[];
  /** Content versions the counting submissions were graded against, with counts. */
  versions: { contentVersion: string | null; submissions: number }[];
}

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function statisticsOf(rows: SubmissionRow[], enrolled: number): ExerciseStatistics {
  const byLearner = new Map<number, SubmissionRow[]>();
  for (const r of rows) {
    let l = byLearner.get(r.userId);
    if (!l) byLearner.set(r.userId, (l = []));
    l.push(r);
  }
  const attemptsHist = new Map<number, number>();
  const times: number[] = [];
  const mistakes = new Map<string, { learners: Set<number>; solvedAfter: Set<number>; submissions: number }>();
  let solved = 0;
  for (const [userId, list] of byLearner) {
    list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const firstPass = list.findIndex((r) => r.verdict === 'pass');
    const passAt = firstPass >= 0 ? list[firstPass].createdAt : null;
    if (passAt) {
      solved++;
      attemptsHist.set(firstPass + 1, (attemptsHist.get(firstPass + 1) ?? 0) + 1);
      times.push((passAt.getTime() - list[0].createdAt.getTime()) / 1000);
    }
    for (const r of list) {
      if (!r.mistake) continue;
      let m = mistakes.get(r.mistake);
      if (!m) mistakes.set(r.mistake, (m = { learners: new Set(), solvedAfter: new Set(), submissions: 0 }));
      m.submissions++;
      if (!m.learners.has(userId)) {
        m.learners.add(userId);
        if (passAt && passAt > r.createdAt) m.solvedAfter.add(userId);
      }
    }
  }
  const versions = new Map<string | null, number>();
  for (const r of rows) versions.set(r.contentVersion, (versions.get(r.contentVersion) ?? 0) + 1);
  const attempted = byLearner.size;
  return {
    enrolled,
    attempted,
    solved,
    passRate: attempted ? solved / attempted : null,
    submissions: rows.length,
    attemptsToSolve: [...attemptsHist].sort((a, b) => a[0] - b[0]).map(([attempts, learners]) => ({ attempts, learners })),
    medianSecondsToSolve: median(times),
    mistakes: [...mistakes]
      .map(([id, m]) => ({ id, learners: m.learners.size, solvedAfter: m.solvedAfter.size, submissions: m.submissions }))
      .sort((a, b) => b.learners - a.learners || b.submissions - a.submissions || a.id.localeCompare(b.id)),
    versions: [...versions].map(([contentVersion, submissions]) => ({ contentVersion, submissions })).sort((a, b) => b.submissions - a.submissions),
  };
}

export async function exerciseStatistics(db: Db, courseId: number, exerciseId: string): Promise<ExerciseStatistics> {
  const [rows, learners] = await Promise.all([courseSubmissions(db, courseId, { exerciseId }), courseLearners(db, courseId)]);
  return statisticsOf(rows, learners.length);
}

/** Regrades of the exercise that concern this course: the course's own and those of every learner. */
export async function listRegrades(db: Db, exerciseId: string, courseId: number) {
  return db
    .select({
      id: regrades.id,
      courseId: regrades.courseId,
      contentVersion: regrades.contentVersion,
      startedAt: regrades.startedAt,
      finishedAt: regrades.finishedAt,
      summary: regrades.summary,
      startedBy: users.username,
    })
    .from(regrades)
    .leftJoin(users, eq(users.id, regrades.startedBy))
    .where(and(eq(regrades.exerciseId, exerciseId), or(eq(regrades.courseId, courseId), isNull(regrades.courseId))))
    .orderBy(desc(regrades.startedAt), desc(regrades.id));
}
