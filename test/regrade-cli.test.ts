// npm run regrade as an instructor runs it: against the embedded database folder (and a
// PostgreSQL server), its summary, exit codes, and a clear word when a server holds the folder.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeContentVersion } from '../src/lib/server/content-version';
import { openDatabase } from '../src/lib/server/db';
import { submissionHistory, submissions } from '../src/lib/server/db/schema';
import { GradingPool } from '../src/lib/server/pool';
import { createCourse, enroll } from '../src/lib/server/store/courses';
import { addSubmission, addUser, gradeSources, ROOT, type Graded } from './support/course-data';
import { newPostgresUrl } from './support/databases';

const exec = promisify(execFile);
const EX = 'linear-predict';
let graded: Record<string, Graded>;
const scratch: string[] = [];

beforeAll(async () => {
  const pool = new GradingPool({ size: 1, root: ROOT });
  try {
    graded = await gradeSources(pool, EX, ['no-bias']);
  } finally {
    await pool.close();
  }
});
afterAll(async () => {
  for (const d of scratch) await rm(d, { recursive: true, force: true });
});

async function regrade(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/regrade.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', DATABASE_URL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A course with dan (correct code, stale fail) and eve (wrong code, stale pass), and an outsider. */
async function seed(opts: { url?: string; dataDir?: string }) {
  const database = await openDatabase({ ...opts, appRoot: ROOT });
  try {
    const { db } = database;
    const teacher = await addUser(db, 'teacher', 'instructor');
    const [dan, eve, out] = [await addUser(db, 'dan'), await addUser(db, 'eve'), await addUser(db, 'outsider')];
    const course = await createCourse(db, { ownerId: teacher, title: 'ML', exercises: [EX], deadlines: [] });
    await enroll(db, course.id, dan);
    await enroll(db, course.id, eve);
    const at = new Date('2026-01-01T00:00:00Z');
    await addSubmission(db, { userId: dan, exercise: EX, graded: graded.solution, as: graded['no-bias'], at, contentVersion: 'old' });
    await addSubmission(db, { userId: eve, exercise: EX, graded: graded['no-bias'], as: graded.solution, at, contentVersion: 'old' });
    await addSubmission(db, { userId: out, exercise: EX, graded: graded.solution, at, contentVersion: 'old' });
    return course.id;
  } finally {
    await database.close();
  }
}

describe('npm run regrade', () => {
  it('regrades a course in the embedded database, prints the summary, keeps history; exit 0', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'nabla-regrade-'));
    scratch.push(dataDir);
    const courseId = await seed({ dataDir });
    const r = await regrade([EX, '--course', String(courseId)], { NABLA_DATA_DIR: dataDir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const version = await computeContentVersion(EX, ROOT);
    expect(r.stdout).toContain(`${EX} (course ${courseId}): 2 submissions regraded against content ${version}`);
    expect(r.stdout).toContain('reports changed: 2');
    expect(r.stdout).toContain('learners fail → pass: 1 (dan)');
    expect(r.stdout).toContain('learners pass → fail: 1 (eve)');

    // Again: nothing of another version is left in the course; the outsider's only without --course.
    expect((await regrade([EX, '--course', String(courseId)], { NABLA_DATA_DIR: dataDir })).stdout).toContain('0 submissions regraded');
    expect((await regrade([EX], { NABLA_DATA_DIR: dataDir })).stdout).toContain('1 submission regraded');
    expect((await regrade([EX, '--all'], { NABLA_DATA_DIR: dataDir })).stdout).toMatch(/3 submissions regraded .*\(all\)\n\s+reports changed: 0/);

    const database = await openDatabase({ dataDir, appRoot: ROOT });
    try {
      expect(await database.db.select().from(submissionHistory)).toHaveLength(6);
      expect((await database.db.select().from(submissions)).every((s) => s.contentVersion === version)).toBe(true);
    } finally {
      await database.close();
    }
  });

  it('says to use the button or stop the server when a server holds the folder; exit 2', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'nabla-regrade-'));
    scratch.push(dataDir);
    const held = await openDatabase({ dataDir, appRoot: ROOT });
    try {
      const r = await regrade([EX], { NABLA_DATA_DIR: dataDir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/in use by another Nabla process/);
      expect(r.stderr).toMatch(/use the Regrade button .* or stop the server/);
    } finally {
      await held.close();
    }
  });

  it('usage problems exit 2', async () => {
    expect((await regrade([], {})).code).toBe(2);
    const unknown = await regrade(['no-such-exercise'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown exercise 'no-such-exercise'/);
    expect((await regrade([EX, '--course', 'abc'], {})).stderr).toMatch(/--course takes a course id/);
  });

  it('works on PostgreSQL (DATABASE_URL) and refuses an unknown course', async () => {
    const url = await newPostgresUrl();
    const courseId = await seed({ url });
    const r = await regrade([EX, '--course', String(courseId)], { DATABASE_URL: url });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('learners fail → pass: 1 (dan)');
    const none = await regrade([EX, '--course', '999'], { DATABASE_URL: url });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/there is no course 999/);
  });
});
