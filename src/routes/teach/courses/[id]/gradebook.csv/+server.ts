// The gradebook as CSV: one row per learner, the best score per exercise, and the solved count.
import { toCsv } from '$lib/server/csv';
import { gradebook } from '$lib/server/store/gradebook';
import { chapterInfo, ownedCourse } from '$lib/server/teach';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const { db, course } = await ownedCourse(event);
  const book = await gradebook(db, course.id, (await chapterInfo()).chapterOf);
  const rows = [
    ['learner', ...book.exercises.map((e) => e.id), 'solved'],
    ...book.learners.map((l) => [l.username, ...l.cells.map((c) => (c.best === null ? '' : Number(c.best.toFixed(4)))), l.solved]),
  ];
  return new Response(toCsv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="course-${course.id}-gradebook.csv"`,
      'cache-control': 'private, no-store',
    },
  });
};
