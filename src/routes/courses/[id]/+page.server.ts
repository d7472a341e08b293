import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { getCourse, isEnrolled, parseId } from '$lib/server/store/courses';
import { learnerCourseRow } from '$lib/server/store/gradebook';
import { chapterInfo } from '$lib/server/teach';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const id = parseId(event.params.id);
  if (id === null) error(404, 'There is no such course.');
  const { db } = await database();
  const course = await getCourse(db, id);
  // Learners see the courses they joined; nobody else learns that a course exists.
  if (!course || !(await isEnrolled(db, id, user.id))) error(404, 'There is no such course.');
  const info = await chapterInfo();
  const rows = await learnerCourseRow(db, id, user.id, info.chapterOf);
  return {
    course: { id: course.id, title: course.title },
    exercises: rows.map((r) => ({ ...r, title: info.titleOf(r.id) })),
  };
};
