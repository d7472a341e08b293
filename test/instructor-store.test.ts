// Courses, gradebook, statistics and regrading at the store level, on PGlite and PostgreSQL,
// with real reports from the grading pool.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeContentVersion } from '../src/lib/server/content-version';
import { courses, regrades, submissionHistory, submissions } from '../src/lib/server/db/schema';
import { csvCell, toCsv } from '../src/lib/server/csv';
import { GradingPool } from '../src/lib/server/pool';
import {
  createCourse,
  CourseInputError,
  enroll,
  getCourseByCode,
  getOwnedCourse,
  JOIN_ALPHABET,
  listLearnerCourses,
  normalizeJoinCode,
  titleProblem,
  updateCourse,
  courseExerciseIds,
} from '../src/lib/server/store/courses';
import { gradebook, learnerCourseRow, learnerSubmissions, submissionLog } from '../src/lib/server/store/gradebook';
import { regradeExercise } from '../src/lib/server/store/regrade';
import { exerciseStatistics, listRegrades, median } from '../src/lib/server/store/statistics';
import { addSubmission, addUser, gradeSources, ROOT, type Graded } from './support/course-data';
import { DATABASE_KINDS, testDatabase } from './support/databases';

const EX = 'linear-predict';
const pool = new GradingPool({ size: 1, root: ROOT });
let graded: Record<string, Graded>;
let current: string;

beforeAll(async () => {
  graded = await gradeSources(pool, EX, ['no-bias', 'bias-per-feature']);
  current = await computeContentVersion(EX, ROOT);
});
afterAll(() => pool.close());

const H = 3_600_000;
const due = new Date('2026-03-01T12:00:00Z');
const at = (hours: number) => new Date(due.getTime() + hours * H);
const chapterOf = (id: string) => (id === EX || id === 'mse-cost' ? 1 : id === 'sigmoid' ? 2 : undefined);

describe('reports used by these tests', () => {
  it('are real: the reference passes, the variants fail with their mistake recognised', () => {
    expect(graded.solution.report.status).toBe('pass');
    expect(graded['no-bias'].report.status).toBe('fail');
    expect(graded['no-bias'].report.mistake?.id).toBe('no-bias');
  });
});

describe('pure helpers', () => {
  it('join codes: unambiguous alphabet, typed forms normalised, junk refused', () => {
    expect(JOIN_ALPHABET).not.toMatch(/[01OIL]/);
    expect(normalizeJoinCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeJoinCode('ABCDEFG0')).toBeNull();
    expect(normalizeJoinCode("' or 1=1 --")).toBeNull();
    expect(normalizeJoinCode(undefined)).toBeNull();
  });

  it('titles: control characters, invalid UTF-8 and huge titles are refused; SQL and markup are fine', () => {
    expect(titleProblem("Robert'); DROP TABLE courses;--")).toBeNull();
    expect(titleProblem('<script>alert(1)</script>')).toBeNull();
    expect(titleProblem('a\u0000b')).toMatch(/control/);
    expect(titleProblem('bad \uFFFD')).toMatch(/UTF-8/);
    expect(titleProblem('x'.repeat(1 << 20))).toMatch(/too long/);
    expect(titleProblem('   ')).toMatch(/title/);
  });

  it('CSV: quoting and no formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const bad of ['+1', '-1+2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(
      toCsv([
        ['a', 'b'],
        [1, 'x,y'],
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('median', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe.each(DATABASE_KINDS)('%s', (kind) => {
  it('courses: create, edit, join by code, several courses, no one else’s', async () => {
    const { db, close } = await testDatabase(kind);
    try {
      const teacher = await addUser(db, 'teacher', 'instructor');
      const other = await addUser(db, 'other', 'instructor');
      const ann = await addUser(db, 'ann');
      const hostile = "x'); DROP TABLE courses; -- <script>alert(1)</script>";
      const c1 = await createCourse(db, { ownerId: teacher, title: hostile, exercises: [EX, 'mse-cost'], deadlines: [{ chapter: 1, dueAt: due }] });
      const c2 = await createCourse(db, { ownerId: teacher, title: 'Second', exercises: ['sigmoid'], deadlines: [] });
      expect(c1.title).toBe(hostile);
      expect(c1.joinCode).toMatch(new RegExp(`^[${JOIN_ALPHABET}]{8}$`));
      expect(c1.joinCode).not.toBe(c2.joinCode);
      expect(await courseExerciseIds(db, c1.id)).toEqual([EX, 'mse-cost']);
      await expect(createCourse(db, { ownerId: teacher, title: 'a\u0000', exercises: [EX], deadlines: [] })).rejects.toBeInstanceOf(CourseInputError);
      await expect(createCourse(db, { ownerId: teacher, title: 'empty', exercises: [], deadlines: [] })).rejects.toBeInstanceOf(CourseInputError);

      expect(await getOwnedCourse(db, c1.id, teacher)).toBeDefined();
      expect(await getOwnedCourse(db, c1.id, other)).toBeUndefined();

      await updateCourse(db, c1.id, { title: 'Renamed', exercises: ['mse-cost', EX, 'sigmoid'], deadlines: [] });
      expect(await courseExerciseIds(db, c1.id)).toEqual(['mse-cost', EX, 'sigmoid']);
      expect((await db.select().from(courses).where(eq(courses.id, c1.id)))[0].title).toBe('Renamed');

      expect((await getCourseByCode(db, c1.joinCode))?.id).toBe(c1.id);
      await enroll(db, c1.id, ann);
      await enroll(db, c1.id, ann); // twice: no error, one enrolment
      await enroll(db, c2.id, ann);
      expect((await listLearnerCourses(db, ann)).map((c) => c.title).sort()).toEqual(['Renamed', 'Second']);
    } finally {
      await close();
    }
  });

  it('gradebook, statistics, regrade and history', async () => {
    const { db, close } = await testDatabase(kind);
    try {
      const teacher = await addUser(db, 'teacher', 'instructor');
      const [ann, bob, cat, dan, eve, out] = await Promise.all(['ann', 'bob', 'cat', 'dan', 'eve', 'outsider'].map((n) => addUser(db, n)));
      const course = await createCourse(db, {
        ownerId: teacher,
        title: 'ML 101',
        exercises: [EX, 'mse-cost'],
        deadlines: [{ chapter: 1, dueAt: due }],
      });
      for (const u of [ann, bob, cat, dan, eve]) await enroll(db, course.id, u);
      const nb = graded['no-bias'];
      const ok = graded.solution;
      // ann: a mistake, then solved an hour later, before the deadline (old content version).
      await addSubmission(db, { userId: ann, exercise: EX, graded: nb, at: at(-2), contentVersion: 'old' });
      await addSubmission(db, { userId: ann, exercise: EX, graded: ok, at: at(-1), contentVersion: 'old' });
      // bob: the mistake, then solved two hours later, after the deadline.
      await addSubmission(db, { userId: bob, exercise: EX, graded: nb, at: at(-1), contentVersion: current });
      await addSubmission(db, { userId: bob, exercise: EX, graded: ok, at: at(1), contentVersion: current });
      // cat: only the mistake; the deadline has passed.
      await addSubmission(db, { userId: cat, exercise: EX, graded: nb, at: at(-3), contentVersion: 'old' });
      // dan: correct code that older content failed; eve: wrong code that older content passed.
      await addSubmission(db, { userId: dan, exercise: EX, graded: ok, as: nb, at: at(-5), contentVersion: 'old' });
      const eveSub = await addSubmission(db, { userId: eve, exercise: EX, graded: nb, as: ok, at: at(-5), contentVersion: 'old' });
      // Not counted: a learner outside the course, an exercise outside the course, a queued submission.
      await addSubmission(db, { userId: out, exercise: EX, graded: ok, at: at(-1), contentVersion: 'old' });
      await addSubmission(db, { userId: ann, exercise: 'sigmoid', graded: ok, at: at(-1), contentVersion: 'old' });
      await db.insert(submissions).values({ userId: cat, exerciseId: EX, source: ok.source, seed: 1, status: 'queued' });

      const book = await gradebook(db, course.id, chapterOf, at(10));
      expect(book.exercises.map((e) => [e.id, e.dueAt?.toISOString()])).toEqual([
        [EX, due.toISOString()],
        ['mse-cost', due.toISOString()],
      ]);
      const row = (name: string) => book.learners.find((l) => l.username === name)!;
      expect(book.learners.map((l) => l.username)).toEqual(['ann', 'bob', 'cat', 'dan', 'eve']);
      expect(row('ann').cells[0]).toMatchObject({ attempts: 2, best: 1, solvedAt: at(-1), late: false });
      expect(row('bob').cells[0]).toMatchObject({ attempts: 2, best: 1, solvedAt: at(1), late: true });
      expect(row('cat').cells[0]).toMatchObject({ attempts: 1, solvedAt: null, late: true });
      expect(row('cat').cells[0].best).toBeCloseTo(nb.report.score);
      expect(row('ann').cells[1]).toMatchObject({ attempts: 0, best: null, late: true }); // mse-cost untouched, deadline passed
      expect(row('ann').solved).toBe(1);
      // Before the deadline nothing unsolved is late yet.
      expect((await gradebook(db, course.id, chapterOf, at(-10))).learners[2].cells[0].late).toBe(false);

      const mine = await learnerCourseRow(db, course.id, bob, chapterOf, at(10));
      expect(mine.map((r) => [r.id, r.attempts, r.late])).toEqual([
        [EX, 2, true],
        ['mse-cost', 0, true],
      ]);

      const log = await submissionLog(db, course.id, chapterOf);
      expect(log).toHaveLength(7);
      expect(log.filter((r) => r.late).map((r) => r.username)).toEqual(['bob']);

      const stats = await exerciseStatistics(db, course.id, EX);
      expect(stats).toMatchObject({ enrolled: 5, attempted: 5, solved: 3, submissions: 7 });
      expect(stats.passRate).toBeCloseTo(3 / 5);
      expect(stats.attemptsToSolve).toEqual([
        { attempts: 1, learners: 1 }, // eve (stale pass)
        { attempts: 2, learners: 2 }, // ann, bob
      ]);
      expect(stats.medianSecondsToSolve).toBe(3600); // eve 0 s, ann 1 h, bob 2 h
      const noBias = stats.mistakes.find((m) => m.id === 'no-bias')!;
      expect(noBias).toMatchObject({ learners: 4, solvedAfter: 2 }); // ann, bob, cat, dan (dan's stale report); ann and bob solved after
      expect(stats.versions.find((v) => v.contentVersion === 'old')?.submissions).toBe(5);

      // Regrade the course's submissions of other content versions.
      const r1 = await regradeExercise(db, {
        exerciseId: EX,
        courseId: course.id,
        contentVersion: current,
        startedBy: teacher,
        grade: (j) => pool.grade(j),
      });
      expect(r1.summary).toMatchObject({ submissions: 5, changed: 2, failed: [] });
      expect(r1.summary.learnersFailToPass.map((u) => u.username)).toEqual(['dan']);
      expect(r1.summary.learnersPassToFail.map((u) => u.username)).toEqual(['eve']);
      const outsiders = await db.select().from(submissions).where(eq(submissions.userId, out));
      expect(outsiders[0].contentVersion).toBe('old'); // not in the course: untouched
      const [eveRow] = await db.select().from(submissions).where(eq(submissions.id, eveSub));
      expect(eveRow).toMatchObject({ verdict: 'fail', mistake: 'no-bias', contentVersion: current, seed: 7 });
      const hist = await db.select().from(submissionHistory).where(eq(submissionHistory.submissionId, eveSub));
      expect(hist).toHaveLength(1);
      expect(hist[0]).toMatchObject({ verdict: 'pass', contentVersion: 'old', regradeId: r1.id });
      expect((hist[0].report as { status: string }).status).toBe('pass');
      const [run] = await db.select().from(regrades).where(eq(regrades.id, r1.id));
      expect(run.finishedAt).not.toBeNull();
      expect(run.summary).toMatchObject({ submissions: 5, changed: 2 });

      // The earlier report stays viewable with the submission.
      const eveSubs = await learnerSubmissions(db, eve, EX);
      expect(eveSubs[0].history[0].verdict).toBe('pass');

      // Nothing left of another version; --all regrades every one again, with no change.
      const r2 = await regradeExercise(db, { exerciseId: EX, courseId: course.id, contentVersion: current, grade: (j) => pool.grade(j) });
      expect(r2.summary.submissions).toBe(0);
      const r3 = await regradeExercise(db, { exerciseId: EX, courseId: course.id, all: true, contentVersion: current, grade: (j) => pool.grade(j) });
      expect(r3.summary).toMatchObject({ submissions: 7, changed: 0, learnersFailToPass: [], learnersPassToFail: [] });
      // Without a course, every learner's submissions (the outsider's too).
      const r4 = await regradeExercise(db, { exerciseId: EX, contentVersion: current, grade: (j) => pool.grade(j) });
      expect(r4.summary.submissions).toBe(1);
      expect((await listRegrades(db, EX, course.id)).map((r) => r.id)).toEqual([r4.id, r3.id, r2.id, r1.id]);

      const after = await exerciseStatistics(db, course.id, EX);
      expect(after.solved).toBe(3); // ann, bob, dan
      expect(after.versions).toEqual([{ contentVersion: current, submissions: 7 }]);
    } finally {
      await close();
    }
  });

  it('a grading failure keeps the stored result and is reported', async () => {
    const { db, close } = await testDatabase(kind);
    try {
      const ann = await addUser(db, 'ann');
      const id = await addSubmission(db, { userId: ann, exercise: EX, graded: graded.solution, at: at(0), contentVersion: 'old' });
      const r = await regradeExercise(db, {
        exerciseId: EX,
        contentVersion: current,
        grade: () => Promise.reject(new Error('the grading pool is closed')),
      });
      expect(r.summary.submissions).toBe(0);
      expect(r.summary.failed).toEqual([{ id, message: 'the grading pool is closed' }]);
      expect((await db.select().from(submissions))[0].contentVersion).toBe('old');
      expect(await db.select().from(submissionHistory)).toHaveLength(0);
    } finally {
      await close();
    }
  });
});
