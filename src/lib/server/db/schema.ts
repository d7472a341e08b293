// The database schema (PostgreSQL dialect, one schema for PGlite and for a PostgreSQL server).
// Migrations are generated from this file: `npm run db:generate` writes db/migrations/.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const ROLES = ['learner', 'instructor'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    /** As typed at sign-up; unique without regard to case. */
    username: text('username').notNull(),
    /** `scrypt$N$r$p$salt$hash` (base64): see auth/password.ts. */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull().default('learner'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_lower').on(sql`lower(${t.username})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token (hex): a leaked table does not sign anyone in. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Token buckets (failed sign-ins, submissions): shared by every web process. */
export const rateBuckets = pgTable('rate_buckets', {
  key: text('key').primaryKey(),
  tokens: doublePrecision('tokens').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const courses = pgTable(
  'courses',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    /** What learners type or follow (/join/<code>) to join. */
    joinCode: text('join_code').notNull(),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('courses_join_code').on(t.joinCode)],
);

export const courseExercises = pgTable(
  'course_exercises',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    exerciseId: text('exercise_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.exerciseId] })],
);

/** Optional deadline per chapter of a course; an exercise's deadline is its chapter's. */
export const courseDeadlines = pgTable(
  'course_deadlines',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    chapter: integer('chapter').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.chapter] })],
);

export const enrollments = pgTable(
  'enrollments',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.userId] }), index('enrollments_user').on(t.userId)],
);

export const SUBMISSION_STATUSES = ['queued', 'grading', 'graded'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const VERDICTS = ['pass', 'fail', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Every Submit by a signed-in learner: written `queued` before grading starts, then `graded`
 * with its report. A submission is never deleted; a regrade keeps the earlier report in
 * submission_history.
 */
export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    exerciseId: text('exercise_id').notNull(),
    source: text('source').notNull(),
    status: text('status', { enum: SUBMISSION_STATUSES }).notNull().default('queued'),
    seed: bigint('seed', { mode: 'number' }).notNull(),
    verdict: text('verdict', { enum: VERDICTS }),
    passed: integer('passed'),
    total: integer('total'),
    /** passed / total, 0 for an error. */
    score: doublePrecision('score'),
    /** The recognised mistake's id, when one was recognised. */
    mistake: text('mistake'),
    /** The full report (engine's Report), as the learner saw it. */
    report: jsonb('report'),
    /** Hash of the exercise's statement, grader, reference and mistakes when it was graded. */
    contentVersion: text('content_version'),
    createdAt: createdAt(),
    gradedAt: timestamp('graded_at', { withTimezone: true }),
    /** Times a grading worker started on it (a lane change or a retry after a crash counts again). */
    gradingAttempts: integer('grading_attempts').notNull().default(0),
    /** Times a grade was written into the record by grading (exactly once: storeGraded is idempotent). */
    gradeWrites: integer('grade_writes').notNull().default(0),
  },
  (t) => [
    index('submissions_user_exercise').on(t.userId, t.exerciseId, t.createdAt),
    index('submissions_exercise').on(t.exerciseId, t.createdAt),
    index('submissions_pending')
      .on(t.createdAt)
      .where(sql`${t.status} <> 'graded'`),
  ],
);

/** One regrade run: what was asked, by whom, and what changed. */
export const regrades = pgTable('regrades', {
  id: serial('id').primaryKey(),
  exerciseId: text('exercise_id').notNull(),
  courseId: integer('course_id').references(() => courses.id, { onDelete: 'set null' }),
  startedBy: integer('started_by').references(() => users.id, { onDelete: 'set null' }),
  contentVersion: text('content_version').notNull(),
  startedAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  /** { submissions, changed, learnersFailToPass, learnersPassToFail, … } */
  summary: jsonb('summary'),
});

/** Reports a submission had before a regrade replaced them: never hidden, never lost. */
export const submissionHistory = pgTable(
  'submission_history',
  {
    id: serial('id').primaryKey(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    regradeId: integer('regrade_id').references(() => regrades.id, { onDelete: 'set null' }),
    verdict: text('verdict', { enum: VERDICTS }),
    passed: integer('passed'),
    total: integer('total'),
    score: doublePrecision('score'),
    mistake: text('mistake'),
    report: jsonb('report'),
    contentVersion: text('content_version'),
    gradedAt: timestamp('graded_at', { withTimezone: true }),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('submission_history_submission').on(t.submissionId)],
);

/** The editor's content per learner and exercise, synced from the browser (debounced). */
export const drafts = pgTable(
  'drafts',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    exerciseId: text('exercise_id').notNull(),
    source: text('source').notNull(),
    /** Incremented at every save: a browser saving over a version it never saw is a conflict. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.exerciseId] })],
);

/** The losing side of a draft conflict, kept for the learner to pick up: code is never dropped. */
export const draftConflicts = pgTable(
  'draft_conflicts',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    exerciseId: text('exercise_id').notNull(),
    source: text('source').notNull(),
    createdAt: createdAt(),
    resolved: boolean('resolved').notNull().default(false),
  },
  (t) => [index('draft_conflicts_user').on(t.userId, t.exerciseId)],
);

/** Progress a guest made in the browser, imported at sign-up/sign-in (not graded submissions). */
export const importedProgress = pgTable(
  'imported_progress',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    exerciseId: text('exercise_id').notNull(),
    state: text('state', { enum: ['attempted', 'solved'] }).notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.exerciseId] })],
);

/**
 * Grading worker processes of the queue (`npm run worker`, NABLA_GRADING=queue): each writes its
 * heartbeat here every few seconds, so /readyz can tell that one was seen recently.
 */
export const gradingWorkers = pgTable('grading_workers', {
  /** host:pid:random, unique per process. */
  id: text('id').primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  /** Worker threads (grading capacity) of the process. */
  threads: integer('threads').notNull(),
  /** Jobs it was grading at its last heartbeat. */
  running: integer('running').notNull().default(0),
  /** Jobs it finished since it started. */
  finished: integer('finished').notNull().default(0),
});
