// Every submission that counts for the course, one row each (long format).
import { toCsv } from '$lib/server/csv';
import { submissionLog } from '$lib/server/store/gradebook';
import { chapterInfo, ownedCourse } from '$lib/server/teach';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const { db, course } = await ownedCourse(event);
  const log = await submissionLog(db, course.id, (await chapterInfo()).chapterOf);
  const rows = [
    ['learner', 'exercise', 'time', 'verdict', 'score', 'passed', 'total', 'mistake', 'late', 'content_version'],
    ...log.map((r) => [r.username, r.exerciseId, r.createdAt, r.verdict, r.score, r.passed, r.total, r.mistake, r.late, r.contentVersion]),
  ];
  return new Response(toCsv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="course-${course.id}-submissions.csv"`,
      'cache-control': 'private, no-store',
    },
  });
};
