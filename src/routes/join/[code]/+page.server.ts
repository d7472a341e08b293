import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { courseExerciseIds, enroll, getCourseByCode, isEnrolled, normalizeJoinCode, usernameOf } from '$lib/server/store/courses';
import type { Actions, PageServerLoad } from './$types';

async function courseOf(param: string) {
  const code = normalizeJoinCode(param);
  if (!code) error(404, 'No course has this join code.');
  const { db } = await database();
  const course = await getCourseByCode(db, code);
  if (!course) error(404, 'No course has this join code.');
  return { db, course };
}

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const { db, course } = await courseOf(event.params.code);
  return {
    course: {
      id: course.id,
      title: course.title,
      owner: (await usernameOf(db, course.ownerId)) ?? '',
      exercises: (await courseExerciseIds(db, course.id)).length,
    },
    joined: await isEnrolled(db, course.id, user.id),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const user = requireUser(event);
    const { db, course } = await courseOf(event.params.code);
    await enroll(db, course.id, user.id);
    redirect(303, `/courses/${course.id}`);
  },
};
