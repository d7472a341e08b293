// What the course pages share: finding the course the signed-in instructor owns (404 for any
// other, so course ids are not probed), the catalog's chapters, course forms, the hints of an
// exercise's known mistakes, and running a regrade inside the server.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { error, type RequestEvent } from '@sveltejs/kit';
import type { LocalizedText } from '$lib/engine/types';
import { requireInstructor } from './auth/guards';
import { catalog, type Chapter } from './content';
import { contentVersion } from './content-version';
import { database } from './db';
import { contentRoot, exerciseExists, loadExercise, type ModuleImporter } from './exercises';
import { GradingPool } from './pool';
import { courseHasExercise, getOwnedCourse, parseId, TITLE_MAX } from './store/courses';
import { regradeExercise, type RegradeSummary } from './store/regrade';

export async function ownedCourse(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
  const user = requireInstructor(event);
  const id = parseId((event.params as Record<string, string>).id);
  if (id === null) error(404, 'There is no such course.');
  const { db } = await database();
  const course = await getOwnedCourse(db, id, user.id);
  if (!course) error(404, 'There is no such course.');
  return { user, db, course };
}

/** An exercise id from the URL that is part of the course, else 404. */
export async function courseExercise(db: Awaited<ReturnType<typeof database>>['db'], courseId: number, id: string | undefined): Promise<string> {
  if (!id || !(await exerciseExists(id)) || !(await courseHasExercise(db, courseId, id))) error(404, 'This exercise is not part of the course.');
  return id;
}

export interface ChapterInfo {
  chapters: Chapter[];
  chapterOf: (id: string) => number | undefined;
  titleOf: (id: string) => LocalizedText;
}

export async function chapterInfo(): Promise<ChapterInfo> {
  const cat = await catalog();
  const chapterById = new Map<string, number>();
  const titles = new Map<string, LocalizedText>();
  for (const ch of cat.chapters) for (const e of ch.exercises) (chapterById.set(e.id, ch.chapter), titles.set(e.id, e.title));
  return { chapters: cat.chapters, chapterOf: (id) => chapterById.get(id), titleOf: (id) => titles.get(id) ?? { en: id } };
}

export interface CourseForm {
  title: string;
  exercises: string[];
  deadlines: { chapter: number; dueAt: Date }[];
}

/**
 * The posted form, or null when it cannot be read (over the server's body size limit, e.g. a
 * 1 MB title, or not a form at all): the caller answers 400 with a clear message.
 */
export async function readForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

export const FORM_TOO_LARGE = `The form could not be read: it is too large (a course title has at most ${TITLE_MAX} characters).`;

/**
 * A course form as posted: `title`, `chapter` (whole chapters), `exercise` (single exercises),
 * `due_<chapter>` (an ISO time in UTC, computed by the browser from its local input). Exercises
 * are kept in catalog order; unknown ids are ignored.
 */
export function readCourseForm(form: FormData, chapters: Chapter[]): CourseForm | { problem: string; title: string } {
  const rawTitle = form.get('title');
  const title = typeof rawTitle === 'string' ? rawTitle : '';
  // Refuse huge titles before anything else (and without echoing them back).
  if (title.length > TITLE_MAX) return { problem: `The title is too long (at most ${TITLE_MAX} characters).`, title: '' };
  const wholeChapters = new Set(form.getAll('chapter').map(String));
  const single = new Set(form.getAll('exercise').map(String));
  const exercises: string[] = [];
  const deadlines: CourseForm['deadlines'] = [];
  for (const ch of chapters) {
    const whole = wholeChapters.has(String(ch.chapter));
    const picked = ch.exercises.filter((e) => whole || single.has(e.id)).map((e) => e.id);
    exercises.push(...picked);
    const due = String(form.get(`due_${ch.chapter}`) ?? '').trim();
    if (picked.length && due) {
      // Without the browser's conversion (no JavaScript) a local time is read as UTC.
      const dueAt = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(due) ? due : `${due}Z`);
      if (Number.isNaN(dueAt.getTime()) || due.length > 40) return { problem: `The deadline of chapter ${ch.chapter} is not a valid date.`, title };
      deadlines.push({ chapter: ch.chapter, dueAt });
    }
  }
  return { title, exercises, deadlines };
}

// Graders are TypeScript: under Vite the dev server imports them; the built server registers tsx.
let tsLoader: Promise<void> | undefined;
const importer: ModuleImporter = async (file) => {
  if (!import.meta.env.DEV && file.endsWith('.ts')) {
    tsLoader ??= import('tsx/esm/api').then(({ register }) => {
      register();
    });
    await tsLoader;
  }
  return import(/* @vite-ignore */ pathToFileURL(file).href);
};

/** The hints of the exercise's known mistakes, as the content on disk has them now. */
export async function mistakeHints(id: string): Promise<Record<string, LocalizedText>> {
  try {
    const ex = await loadExercise(id, contentRoot(), importer);
    return Object.fromEntries(ex.mistakes.map((m) => [m.id, m.hint]));
  } catch (e) {
    console.error(`[nabla] hints of ${id} could not be loaded: ${(e as Error).message}`);
    return {};
  }
}

const running = new Set<string>();

export class RegradeBusy extends Error {}

/**
 * Regrade in this process with a pool of its own (one worker, so learners keep the main pool).
 * One regrade per exercise at a time.
 */
export async function regradeInServer(opts: { exerciseId: string; courseId: number; all: boolean; startedBy: number }): Promise<RegradeSummary> {
  const key = opts.exerciseId;
  if (running.has(key)) throw new RegradeBusy('A regrade of this exercise is already running.');
  running.add(key);
  const appRoot = process.env.NABLA_APP_ROOT ?? process.cwd();
  const pool = new GradingPool({
    size: 1,
    root: contentRoot(),
    maxQueue: 1,
    workerUrl: pathToFileURL(join(appRoot, 'src/lib/server/grading-worker-web.mjs')),
  });
  try {
    const { db } = await database();
    const { summary } = await regradeExercise(db, {
      ...opts,
      contentVersion: await contentVersion(opts.exerciseId),
      grade: (job) => pool.grade(job),
    });
    return summary;
  } finally {
    running.delete(key);
    await pool.close();
  }
}
