// Courses: creation and editing by their instructor, join codes, enrolment of learners.
// Every query about courses lives here; routes only call these functions.
import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { courseDeadlines, courseExercises, courses, enrollments, users } from '../db/schema';

export type Course = typeof courses.$inferSelect;

/** Join codes avoid characters that look alike (0/O, 1/I/L). */
export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;
export const TITLE_MAX = 200;

export function newJoinCode(): string {
  let s = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) s += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return s;
}

/** A join code as typed (spaces, dashes, lower case allowed), or null when it cannot be one. */
export function normalizeJoinCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_ALPHABET.includes(ch)) return null;
  return code;
}

/** What is wrong with a course title, or null. The title is stored as typed (trimmed). */
export function titleProblem(title: unknown): string | null {
  if (typeof title !== 'string' || !title.trim()) return 'Give the course a title.';
  if (title.length > TITLE_MAX) return `The title is too long (at most ${TITLE_MAX} characters).`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(title)) return 'The title contains control characters (such as NUL or a line break).';
  if (title.includes('\uFFFD')) return 'The title is not valid UTF-8 text.';
  return null;
}

export class CourseInputError extends Error {}

export interface CourseInput {
  ownerId: number;
  title: string;
  /** Exercise ids in catalog order. */
  exercises: string[];
  /** Deadline per chapter. */
  deadlines: { chapter: number; dueAt: Date }[];
}

function checkInput(input: Omit<CourseInput, 'ownerId'>) {
  const problem = titleProblem(input.title);
  if (problem) throw new CourseInputError(problem);
  if (input.exercises.length === 0) throw new CourseInputError('Choose at least one chapter or exercise.');
  for (const d of input.deadlines) {
    if (!Number.isInteger(d.chapter) || Number.isNaN(d.dueAt.getTime())) throw new CourseInputError('A deadline is not a valid date.');
  }
}

export async function createCourse(db: Db, input: CourseInput): Promise<Course> {
  checkInput(input);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const [course] = await tx.insert(courses).values({ title: input.title.trim(), joinCode: newJoinCode(), ownerId: input.ownerId }).returning();
        await writeContents(tx as unknown as Db, course.id, input);
        return course;
      });
    } catch (e) {
      // A join code already taken (about one in a trillion): draw another.
      if (attempt < 5 && /courses_join_code|unique/i.test(String((e as Error).message) + String((e as { cause?: Error }).cause?.message))) continue;
      throw e;
    }
  }
}

async function writeContents(db: Db, courseId: number, input: Omit<CourseInput, 'ownerId'>) {
  await db.delete(courseExercises).where(eq(courseExercises.courseId, courseId));
  await db.delete(courseDeadlines).where(eq(courseDeadlines.courseId, courseId));
  const unique = [...new Set(input.exercises)];
  await db.insert(courseExercises).values(unique.map((exerciseId, position) => ({ courseId, exerciseId, position })));
  if (input.deadlines.length) {
    await db.insert(courseDeadlines).values(input.deadlines.map((d) => ({ courseId, chapter: d.chapter, dueAt: d.dueAt })));
  }
}

/** Replace a course's title, exercises and deadlines. Enrolments and submissions stay. */
export async function updateCourse(db: Db, courseId: number, input: Omit<CourseInput, 'ownerId'>): Promise<void> {
  checkInput(input);
  await db.transaction(async (tx) => {
    await tx.update(courses).set({ title: input.title.trim() }).where(eq(courses.id, courseId));
    await writeContents(tx as unknown as Db, courseId, input);
  });
}

/** A course id from a URL segment, or null (not a number, out of range). */
export function parseId(segment: string | undefined): number | null {
  if (!segment || !/^[1-9]\d{0,8}$/.test(segment)) return null;
  return Number(segment);
}

export async function getCourse(db: Db, id: number): Promise<Course | undefined> {
  return (await db.select().from(courses).where(eq(courses.id, id)))[0];
}

/** The course when `ownerId` owns it; undefined otherwise (the caller answers 404). */
export async function getOwnedCourse(db: Db, id: number, ownerId: number): Promise<Course | undefined> {
  return (
    await db
      .select()
      .from(courses)
      .where(and(eq(courses.id, id), eq(courses.ownerId, ownerId)))
  )[0];
}

export async function getCourseByCode(db: Db, code: string): Promise<Course | undefined> {
  return (await db.select().from(courses).where(eq(courses.joinCode, code)))[0];
}

export interface CourseSummary {
  id: number;
  title: string;
  joinCode: string;
  createdAt: Date;
  learners: number;
  exercises: number;
}

export async function listOwnedCourses(db: Db, ownerId: number): Promise<CourseSummary[]> {
  return db
    .select({
      id: courses.id,
      title: courses.title,
      joinCode: courses.joinCode,
      createdAt: courses.createdAt,
      learners: sql<number>`(select count(*) from ${enrollments} where ${enrollments.courseId} = ${courses.id})::int`,
      exercises: sql<number>`(select count(*) from ${courseExercises} where ${courseExercises.courseId} = ${courses.id})::int`,
    })
    .from(courses)
    .where(eq(courses.ownerId, ownerId))
    .orderBy(desc(courses.createdAt), desc(courses.id));
}

export async function courseExerciseIds(db: Db, courseId: number): Promise<string[]> {
  const rows = await db
    .select({ id: courseExercises.exerciseId })
    .from(courseExercises)
    .where(eq(courseExercises.courseId, courseId))
    .orderBy(asc(courseExercises.position));
  return rows.map((r) => r.id);
}

export async function courseHasExercise(db: Db, courseId: number, exerciseId: string): Promise<boolean> {
  const rows = await db
    .select({ id: courseExercises.exerciseId })
    .from(courseExercises)
    .where(and(eq(courseExercises.courseId, courseId), eq(courseExercises.exerciseId, exerciseId)));
  return rows.length > 0;
}

/** Deadline of each chapter that has one. */
export async function courseDeadlineMap(db: Db, courseId: number): Promise<Map<number, Date>> {
  const rows = await db.select().from(courseDeadlines).where(eq(courseDeadlines.courseId, courseId));
  return new Map(rows.map((r) => [r.chapter, r.dueAt]));
}

export interface Learner {
  id: number;
  username: string;
  joinedAt: Date;
}

export async function courseLearners(db: Db, courseId: number): Promise<Learner[]> {
  return db
    .select({ id: users.id, username: users.username, joinedAt: enrollments.joinedAt })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(eq(enrollments.courseId, courseId))
    .orderBy(asc(sql`lower(${users.username})`), asc(users.id));
}

export async function isEnrolled(db: Db, courseId: number, userId: number): Promise<boolean> {
  const rows = await db
    .select({ u: enrollments.userId })
    .from(enrollments)
    .where(and(eq(enrollments.courseId, courseId), eq(enrollments.userId, userId)));
  return rows.length > 0;
}

/** Join a course; joining twice changes nothing. */
export async function enroll(db: Db, courseId: number, userId: number): Promise<void> {
  await db.insert(enrollments).values({ courseId, userId }).onConflictDoNothing();
}

export async function listLearnerCourses(db: Db, userId: number) {
  return db
    .select({ id: courses.id, title: courses.title, joinedAt: enrollments.joinedAt, owner: users.username })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .innerJoin(users, eq(users.id, courses.ownerId))
    .where(eq(enrollments.userId, userId))
    .orderBy(desc(enrollments.joinedAt), desc(courses.id));
}

export async function usernameOf(db: Db, id: number): Promise<string | undefined> {
  return (await db.select({ username: users.username }).from(users).where(eq(users.id, id)))[0]?.username;
}
